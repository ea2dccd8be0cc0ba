package org.hotline.adapters.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.notice.Notice;
import org.hotline.domain.notice.NoticeKind;

/**
 * The notice templates, one per language and kind: {@code notices/<language>/<kind>.txt} on the class path, where
 * a directory given in the settings may add or replace them. A template is a {@code Subject:} line, an empty line and
 * the body, in UTF-8, with placeholders in braces. Every template is read and checked when the program starts, so a
 * missing language or a misspelt placeholder stops the start, not a notice.
 *
 * <p>Placeholders: {@code {reference}}, {@code {recipient}}, {@code {addresses}} (one numbered line each),
 * {@code {address_count}}, {@code {legal_basis}} (one line per provision), {@code {issued}}, {@code {reply_to}},
 * {@code {hotline}} and, in reminders and escalations, {@code {prior_reference}}, {@code {prior_sent}} and
 * {@code {prior_recipient}}. Times are written in UTC, as {@code 2026-03-01 14:05 UTC}, for recipients anywhere.
 */
public final class NoticeTemplates {

    static final Set<String> ALWAYS = Set.of("reference", "recipient", "addresses", "address_count", "legal_basis",
            "issued", "reply_to", "hotline");
    static final Set<String> PRIOR = Set.of("prior_reference", "prior_sent", "prior_recipient");
    static final Set<String> REQUIRED = Set.of("reference", "addresses", "legal_basis", "reply_to");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Map<String, Template> templates;

    private NoticeTemplates(Map<String, Template> templates) {
        this.templates = Map.copyOf(templates);
    }

    /** A notice rendered: its subject line and its body. */
    public record Rendered(String subject, String body) {
    }

    /**
     * Reads and checks the templates of every kind in every language, from {@code directory} where it has them and
     * from the class path otherwise; or every problem, one line each.
     */
    public static Either<Seq<String>, NoticeTemplates> load(List<Locale> languages, Option<Path> directory) {
        List<String> problems = new ArrayList<>();
        Map<String, Template> templates = new HashMap<>();
        for (Locale language : languages) {
            for (NoticeKind kind : NoticeKind.values()) {
                String name = resourceName(language, kind);
                Option<byte[]> bytes = read(name, directory);
                if (bytes.isEmpty()) {
                    problems.add("No notice template " + name + " for the language " + language.toLanguageTag()
                            + ": add it to HOTLINE_NOTICE_TEMPLATES_DIR or remove the language from HOTLINE_LANGUAGES.");
                    continue;
                }
                utf8(bytes.get()).flatMap(text -> Template.parse(kind, text)).fold(
                        problem -> problems.add("The notice template " + name + " " + problem + "."),
                        template -> templates.put(name, template));
            }
        }
        return problems.isEmpty() ? Either.right(new NoticeTemplates(templates))
                : Either.left(io.vavr.collection.List.ofAll(problems));
    }

    /** The templates shipped with the program, in English, Dutch and French. */
    public static NoticeTemplates bundled() {
        return load(List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"), Locale.FRENCH), Option.none())
                .getOrElseThrow(problems -> new IllegalStateException(problems.mkString(" ")));
    }

    /** True when notices can be written in {@code language}. */
    public boolean speaks(Locale language) {
        return templates.containsKey(resourceName(language, NoticeKind.FIRST_NOTICE));
    }

    /** The notice in its language and kind, signed by {@code from} and asking for replies to {@code replyTo}. */
    public Option<Rendered> render(Notice notice, Sender from, String replyTo) {
        return Option.of(templates.get(resourceName(notice.language(), notice.kind())))
                .map(template -> template.fill(values(notice, from, replyTo)));
    }

    private static Map<String, String> values(Notice notice, Sender from, String replyTo) {
        Map<String, String> values = new HashMap<>();
        values.put("reference", notice.reference().value());
        values.put("recipient", notice.recipient().name());
        values.put("addresses", numbered(notice));
        values.put("address_count", Integer.toString(notice.addresses().size()));
        values.put("legal_basis", notice.legalBasis().citations().map(citation -> "  - " + citation).mkString("\n"));
        values.put("issued", time(notice.issued()));
        values.put("reply_to", replyTo);
        values.put("hotline", from.signature());
        notice.prior().forEach(prior -> {
            values.put("prior_reference", prior.reference().value());
            values.put("prior_sent", time(prior.sent()));
            values.put("prior_recipient", prior.recipient());
        });
        return values;
    }

    private static String numbered(Notice notice) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < notice.addresses().size(); i++) {
            lines.append(i == 0 ? "" : "\n").append("  ").append(i + 1).append(". ")
                    .append(notice.addresses().get(i).canonical());
        }
        return lines.toString();
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }

    private static String resourceName(Locale language, NoticeKind kind) {
        return "notices/" + language.getLanguage() + "/" + kind.name().toLowerCase(Locale.ROOT) + ".txt";
    }

    private static Option<byte[]> read(String name, Option<Path> directory) {
        Option<Path> file = directory.map(d -> d.resolve(name)).filter(Files::isRegularFile);
        try {
            if (file.isDefined()) {
                return Option.some(Files.readAllBytes(file.get()));
            }
            try (InputStream in = NoticeTemplates.class.getClassLoader().getResourceAsStream(name)) {
                return in == null ? Option.none() : Option.some(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the notice template " + name, e);
        }
    }

    private static Either<String, String> utf8(byte[] bytes) {
        try {
            return Either.right(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString().replace("\r\n", "\n"));
        } catch (CharacterCodingException e) {
            return Either.left("is not UTF-8");
        }
    }

    /** One checked template. */
    private record Template(String subject, String body) {

        static Either<String, Template> parse(NoticeKind kind, String text) {
            if (!text.startsWith("Subject: ")) {
                return Either.left("does not start with a Subject: line");
            }
            int end = text.indexOf('\n');
            if (end < 0 || !text.startsWith("\n", end + 1)) {
                return Either.left("needs an empty line after its Subject: line");
            }
            String subject = text.substring("Subject: ".length(), end).strip();
            String body = text.substring(end + 2);
            Set<String> allowed = new java.util.HashSet<>(ALWAYS);
            if (kind != NoticeKind.FIRST_NOTICE) {
                allowed.addAll(PRIOR);
            }
            for (String name : placeholders(subject + "\n" + body)) {
                if (!allowed.contains(name)) {
                    return Either.left("uses {" + name + "}, which a " + kind.name().toLowerCase(Locale.ROOT)
                            + " does not have");
                }
            }
            if (!placeholders(subject).contains("reference")) {
                return Either.left("has no {reference} in its subject, which replies must quote");
            }
            Set<String> required = new java.util.HashSet<>(REQUIRED);
            if (kind != NoticeKind.FIRST_NOTICE) {
                required.add("prior_reference");
            }
            required.removeAll(placeholders(body));
            return required.isEmpty() ? Either.right(new Template(subject, body))
                    : Either.left("has no {" + required.stream().sorted().findFirst().orElseThrow() + "} in its body");
        }

        Rendered fill(Map<String, String> values) {
            return new Rendered(substitute(subject, values), substitute(body, values));
        }

        private static Set<String> placeholders(String text) {
            Set<String> names = new java.util.HashSet<>();
            Matcher matcher = PLACEHOLDER.matcher(text);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }

        private static String substitute(String text, Map<String, String> values) {
            return PLACEHOLDER.matcher(text).replaceAll(match -> Matcher.quoteReplacement(values.get(match.group(1))));
        }
    }
}
