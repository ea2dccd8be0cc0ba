package org.hotline.domain.hostcontacts;

import org.hotline.domain.contact.AbuseContact;
import org.hotline.domain.contact.EmailAddress;
import org.hotline.domain.contact.ContactRole;
import org.hotline.domain.contact.ContactSource;
import java.util.Locale;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.hotline.domain.FieldError;

/**
 * The file of contacts staff import: UTF-8 text, one contact a line, comma-separated, the first line naming the
 * columns {@code scope,value,role,name,emails}. {@code scope} is {@code asn}, {@code organisation} or {@code domain};
 * {@code role} is {@code hosting_provider}, {@code site_owner} or {@code registrar}; {@code emails} lists 1 to 10
 * addresses separated by semicolons. A field holding a comma or a quote is quoted ({@code "Example, Ltd"}, a quote
 * inside doubled). Blank lines and lines starting with {@code #} are skipped. Read whole or not at all: the first bad
 * line is answered with its number and what is wrong with it.
 */
public final class ContactsCsv {

    public static final String HEADER = "scope,value,role,name,emails";
    public static final int MAX_LINES = 20_000;

    /** A contact as one line of the file gave it, and the line's number. */
    public record Line(int number, ContactScope scope, AbuseContact contact) {
    }

    /** What is wrong with the file: the line (1 is the header) and why. */
    public record Problem(int line, String reason) {

        @Override
        public String toString() {
            return "line " + line + ": " + reason;
        }
    }

    private ContactsCsv() {
    }

    /** Reads the file's text; every contact gets the given source. */
    public static Either<Problem, Seq<Line>> read(String text, ContactSource source) {
        List<String> lines = List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        if (lines.isEmpty() || !lines.head().strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT)
                .replace(" ", "").equals(HEADER)) {
            return Either.left(new Problem(1, "the first line names the columns: " + HEADER));
        }
        java.util.List<Line> read = new java.util.ArrayList<>();
        java.util.Set<Tuple2<String, String>> seen = new java.util.HashSet<>();
        for (int index = 1; index < lines.size(); index++) {
            String line = lines.get(index);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int number = index + 1;
            if (read.size() == MAX_LINES) {
                return Either.left(new Problem(number, "a file holds at most " + MAX_LINES + " contacts"));
            }
            Either<String, Line> one = fields(line).flatMap(fields -> line(number, fields, source));
            if (one.isLeft()) {
                return Either.left(new Problem(number, one.getLeft()));
            }
            Tuple2<String, String> key = Tuple.of(one.get().scope().kind() + " " + one.get().scope().key(),
                    one.get().contact().role().name());
            if (!seen.add(key)) {
                return Either.left(new Problem(number, "the file names a " + written(one.get().contact().role())
                        + " for " + one.get().scope() + " twice"));
            }
            read.add(one.get());
        }
        return Either.right(List.ofAll(read));
    }

    /** A role as the file writes it. */
    public static String written(ContactRole role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    private static Either<String, Line> line(int number, List<String> fields, ContactSource source) {
        if (fields.size() != 5) {
            return Either.left("expected 5 fields (" + HEADER + "), found " + fields.size());
        }
        Either<String, ContactScope> scope = ContactScope.parse(fields.get(0), fields.get(1)).mapLeft(FieldError::detail);
        Either<String, ContactRole> role = role(fields.get(2));
        Either<String, Seq<EmailAddress>> emails = emails(fields.get(4));
        return scope.flatMap(s -> role.flatMap(r -> emails.flatMap(e -> contact(fields.get(3), e, r, source)
                .map(contact -> new Line(number, s, contact)))));
    }

    private static Either<String, ContactRole> role(String text) {
        String written = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return List.of(ContactRole.values()).find(role -> role.name().equals(written)).toEither(
                "'" + text.strip() + "' is not a role: write hosting_provider, site_owner or registrar");
    }

    /** The addresses of a field, separated by semicolons (or spaces); each checked. */
    public static Either<String, Seq<EmailAddress>> emails(String text) {
        List<String> written = List.of(text.strip().split("[;\\s]+")).filter(s -> !s.isEmpty());
        if (written.isEmpty()) {
            return Either.left("a contact has an e-mail address");
        }
        List<EmailAddress> emails = List.empty();
        for (String one : written) {
            Either<FieldError, EmailAddress> parsed = EmailAddress.parse(one);
            if (parsed.isLeft()) {
                return Either.left(parsed.getLeft().detail());
            }
            emails = emails.append(parsed.get());
        }
        return Either.right(emails.distinct());
    }

    private static Either<String, AbuseContact> contact(String name, Seq<EmailAddress> emails, ContactRole role,
            ContactSource source) {
        try {
            return Either.right(new AbuseContact(name.strip(), emails, role, source));
        } catch (IllegalArgumentException e) {
            return Either.left(e.getMessage());
        }
    }

    /** The fields of one line: separated by commas, a quoted field may hold commas and doubled quotes. */
    static Either<String, List<String>> fields(String line) {
        List<String> fields = List.empty();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                field.setLength(0);
            } else if (c == ',') {
                fields = fields.append(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (wasQuoted && !Character.isWhitespace(c)) {
                return Either.left("text follows a quoted field's closing quote");
            } else {
                field.append(c);
            }
        }
        return quoted ? Either.left("a quoted field is not closed") : Either.right(fields.append(field.toString()));
    }
}
