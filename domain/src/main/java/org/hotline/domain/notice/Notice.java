package org.hotline.domain.notice;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.contact.AbuseContact;
import org.hotline.domain.report.ReportedUrl;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A request to a contact to keep the evidence and remove content, as a value: everything the message says, so that
 * sending the same notice twice sends the same message.
 *
 * @param reference this notice's own reference, which the recipient quotes in a reply
 * @param language the language it is written in, such as {@code nl}; a language only, without a country
 * @param recipient the contact it goes to, at every one of the contact's addresses
 * @param addresses the content it is about, in canonical form, each once; several addresses hosted by one contact
 *     go in one notice
 * @param legalBasis the provisions the content is illegal under
 * @param issued when the notice was issued: the date it carries
 * @param prior for a reminder or an escalation, the notice it follows; none for a first notice
 */
@ValueObject
public record Notice(NoticeReference reference, NoticeKind kind, Locale language, AbuseContact recipient,
        Seq<ReportedUrl> addresses, LegalBasis legalBasis, Instant issued, Option<PriorNotice> prior) {

    public static final int MAX_ADDRESSES = 1000;

    public Notice {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(addresses, "addresses");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(prior, "prior");
        requireLanguageOnly(language);
        requireAddresses(reference, addresses);
        requirePriorFitsKind(reference, kind, issued, prior);
    }

    /** A first notice. */
    public static Notice first(NoticeReference reference, Locale language, AbuseContact recipient,
            Seq<ReportedUrl> addresses, LegalBasis legalBasis, Instant issued) {
        return new Notice(reference, NoticeKind.FIRST_NOTICE, language, recipient, addresses, legalBasis, issued,
                Option.none());
    }

    /** A reminder of {@code prior} to the same contact: the content is still there. */
    public static Notice reminder(NoticeReference reference, Notice prior, Instant sent, Instant issued) {
        return new Notice(reference, NoticeKind.REMINDER, prior.language, prior.recipient, prior.addresses,
                prior.legalBasis, issued, Option.some(new PriorNotice(prior.reference, sent, prior.recipient.name())));
    }

    /** The same content put to the next contact, because {@code prior} was not acted on in time. */
    public static Notice escalation(NoticeReference reference, Notice prior, Instant sent, AbuseContact next,
            Locale language, Instant issued) {
        return new Notice(reference, NoticeKind.ESCALATION, language, next, prior.addresses, prior.legalBasis, issued,
                Option.some(new PriorNotice(prior.reference, sent, prior.recipient.name())));
    }

    private static void requireLanguageOnly(Locale language) {
        if (!language.getLanguage().matches("[a-z]{2,3}") || !language.getCountry().isEmpty()
                || !language.getVariant().isEmpty() || !language.getScript().isEmpty()) {
            throw new IllegalArgumentException("a notice's language is a language code alone, such as nl: " + language);
        }
    }

    private static void requireAddresses(NoticeReference reference, Seq<ReportedUrl> addresses) {
        if (addresses.isEmpty() || addresses.size() > MAX_ADDRESSES) {
            throw new IllegalArgumentException("notice " + reference + " is about 1 to " + MAX_ADDRESSES + " addresses");
        }
        if (addresses.map(ReportedUrl::canonical).distinct().size() != addresses.size()) {
            throw new IllegalArgumentException("notice " + reference + " lists an address twice");
        }
    }

    private static void requirePriorFitsKind(NoticeReference reference, NoticeKind kind, Instant issued,
            Option<PriorNotice> prior) {
        if ((kind == NoticeKind.FIRST_NOTICE) != prior.isEmpty()) {
            throw new IllegalArgumentException(kind == NoticeKind.FIRST_NOTICE
                    ? "a first notice follows no other: " + reference
                    : "a " + kind.name().toLowerCase(Locale.ROOT) + " names the notice it follows: " + reference);
        }
        if (prior.exists(p -> p.reference().equals(reference))) {
            throw new IllegalArgumentException("a notice cannot follow itself: " + reference);
        }
        if (prior.exists(p -> p.sent().isAfter(issued))) {
            throw new IllegalArgumentException("notice " + reference + " is issued before the notice it follows was sent");
        }
    }
}
