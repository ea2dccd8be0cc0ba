package org.hotline.domain.report;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.hotline.domain.FieldError;
import org.hotline.domain.PlainText;
import org.hotline.domain.partner.PartnerId;

/**
 * A report as it arrives, before anything is checked: every field is raw text from a form or an API body.
 * {@link #validate()} either gives the report's content or every problem found, each with the field it is in.
 *
 * @param channel how it arrived
 * @param urls the addresses, one or more
 * @param seen what the reporter saw, as names of {@link SeenContent}
 * @param description what the reporter wants to tell, optional
 * @param contactName optional
 * @param contactEmail optional
 * @param contactPhone optional
 * @param partner the partner filing it with its key, if any
 * @param idempotencyKey the client's key for this request, if it sent one
 */
public record ReportSubmission(
        Channel channel,
        java.util.List<String> urls,
        java.util.List<String> seen,
        String description,
        String contactName,
        String contactEmail,
        String contactPhone,
        Option<PartnerId> partner,
        Option<IdempotencyKey> idempotencyKey) {

    public ReportSubmission {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }

    /** A submission from the public, without a partner key or an idempotency key. */
    public ReportSubmission(Channel channel, java.util.List<String> urls, java.util.List<String> seen, String description,
            String contactName, String contactEmail, String contactPhone) {
        this(channel, urls, seen, description, contactName, contactEmail, contactPhone, Option.none(), Option.none());
    }

    public static final int MAX_URLS = 50;
    public static final int MAX_DESCRIPTION_LENGTH = 5000;
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_EMAIL_LENGTH = 254;
    public static final int MAX_PHONE_LENGTH = 40;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{4,40}");

    /** The validated content of a report, ready to be received. */
    public record Content(
            List<ReportedUrl> urls,
            Set<SeenContent> seen,
            Option<String> description,
            Option<ReporterContact> contact) {
    }

    public Validation<Seq<FieldError>, Content> validate() {
        return Validation.combine(validUrls(), validSeen(), validDescription(), validContact())
                .ap(Content::new)
                .mapError(errors -> errors.flatMap(seq -> seq));
    }

    private Validation<Seq<FieldError>, List<ReportedUrl>> validUrls() {
        java.util.List<String> given = urls == null ? java.util.List.of() : urls;
        List<String> nonBlank = List.ofAll(given).filter(url -> url != null && !url.isBlank());
        if (nonBlank.isEmpty()) {
            return Validation.invalid(List.of(new FieldError("urls", "required", "Give at least one address.")));
        }
        if (nonBlank.size() > MAX_URLS) {
            return Validation.invalid(List.of(new FieldError("urls", "too_many",
                    "A report can list at most " + MAX_URLS + " addresses; send the rest in another report.")));
        }
        List<FieldError> errors = List.empty();
        List<ReportedUrl> parsed = List.empty();
        for (int i = 0; i < given.size(); i++) {
            String url = given.get(i);
            if (url == null || url.isBlank()) {
                continue;
            }
            Option<FieldError> forbidden = PlainText.checkLines("urls[" + i + "]", url);
            if (forbidden.isDefined()) {
                errors = errors.append(forbidden.get());
                continue;
            }
            var result = ReportedUrl.parse(url);
            if (result.isLeft()) {
                errors = errors.append(result.getLeft().at("urls[" + i + "]"));
            } else {
                parsed = parsed.append(result.get());
            }
        }
        // The same address typed twice in one report is one address.
        List<ReportedUrl> distinct = parsed.distinctBy(ReportedUrl::canonical);
        return errors.isEmpty() ? Validation.valid(distinct) : Validation.invalid(errors);
    }

    private Validation<Seq<FieldError>, Set<SeenContent>> validSeen() {
        java.util.List<String> given = seen == null ? java.util.List.of() : seen;
        List<FieldError> errors = List.empty();
        Set<SeenContent> kinds = LinkedHashSet.empty();
        for (int i = 0; i < given.size(); i++) {
            String name = given.get(i) == null ? "" : given.get(i).strip().toUpperCase(Locale.ROOT);
            Option<SeenContent> kind = List.of(SeenContent.values()).find(k -> k.name().equals(name));
            if (kind.isEmpty()) {
                errors = errors.append(new FieldError("seen[" + i + "]", "seen.unknown",
                        "Unknown kind of content; use one of " + List.of(SeenContent.values()).mkString(", ") + "."));
            } else {
                kinds = kinds.add(kind.get());
            }
        }
        return errors.isEmpty() ? Validation.valid(kinds) : Validation.invalid(errors);
    }

    private Validation<Seq<FieldError>, Option<String>> validDescription() {
        Option<FieldError> forbidden = PlainText.checkLines("description", description);
        if (forbidden.isDefined()) {
            return Validation.invalid(List.of(forbidden.get()));
        }
        Option<String> text = optional(description);
        if (text.exists(t -> PlainText.length(t) > MAX_DESCRIPTION_LENGTH)) {
            return Validation.invalid(List.of(new FieldError("description", "too_long",
                    "The description is longer than " + MAX_DESCRIPTION_LENGTH + " characters.")));
        }
        return Validation.valid(text);
    }

    private Validation<Seq<FieldError>, Option<ReporterContact>> validContact() {
        List<FieldError> forbidden = List.of(PlainText.checkLine("contact.name", contactName),
                PlainText.checkLine("contact.email", contactEmail), PlainText.checkLine("contact.phone", contactPhone))
                .flatMap(Option::toList);
        if (!forbidden.isEmpty()) {
            return Validation.invalid(forbidden);
        }
        Option<String> name = optional(contactName);
        Option<String> email = optional(contactEmail);
        Option<String> phone = optional(contactPhone);
        List<FieldError> errors = List.empty();
        if (name.exists(n -> PlainText.length(n) > MAX_NAME_LENGTH)) {
            errors = errors.append(new FieldError("contact.name", "too_long",
                    "The name is longer than " + MAX_NAME_LENGTH + " characters."));
        }
        if (email.exists(e -> PlainText.length(e) > MAX_EMAIL_LENGTH || !EMAIL.matcher(e).matches())) {
            errors = errors.append(new FieldError("contact.email", "email.invalid",
                    "This does not look like an e-mail address."));
        }
        if (phone.exists(p -> p.length() > MAX_PHONE_LENGTH || !PHONE.matcher(p).matches())) {
            errors = errors.append(new FieldError("contact.phone", "phone.invalid",
                    "A telephone number has digits, spaces and + ( ) - . / only."));
        }
        if (!errors.isEmpty()) {
            return Validation.invalid(errors);
        }
        return Validation.valid(name.isEmpty() && email.isEmpty() && phone.isEmpty()
                ? Option.none()
                : Option.some(new ReporterContact(name, email, phone)));
    }

    private static Option<String> optional(String text) {
        return Option.of(text).map(String::strip).filter(t -> !t.isEmpty());
    }
}
