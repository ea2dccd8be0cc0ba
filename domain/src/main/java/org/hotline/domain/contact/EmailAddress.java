package org.hotline.domain.contact;

import java.net.IDN;
import java.util.Locale;
import java.util.Objects;

import io.vavr.control.Either;
import org.hotline.domain.FieldError;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An e-mail address a notice can be sent to: {@code local@domain}, the local part in printable ASCII without the
 * characters that need quoting, the domain a host name with at least two labels, in lower case and, when it was
 * written with international characters, in punycode. At most 254 characters (RFC 5321's limit on a path).
 */
@ValueObject
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL = 64;
    private static final String LOCAL_SPECIALS = "!#$%&'*+-/=?^_`{|}~.";

    public EmailAddress {
        Objects.requireNonNull(value, "value");
        if (!canonicalForm(value).contains(value)) {
            throw new IllegalArgumentException("not an e-mail address in canonical form: " + value);
        }
    }

    /** Reads an address as people write it (surrounding spaces, any case in the domain, an international domain). */
    public static Either<FieldError, EmailAddress> parse(String text) {
        if (text == null || text.isBlank()) {
            return Either.left(new FieldError("", "required", "An e-mail address is required."));
        }
        String address = text.strip();
        return canonicalForm(address).bimap(
                why -> new FieldError("", "email.invalid", "'" + address + "' is not an e-mail address: " + why + "."),
                EmailAddress::new);
    }

    /** The address, which must already be valid; for constants and tests. */
    public static EmailAddress of(String text) {
        return parse(text).getOrElseThrow(error -> new IllegalArgumentException(error.detail()));
    }

    /** The part after the {@code @}. */
    public String domain() {
        return value.substring(value.lastIndexOf('@') + 1);
    }

    @Override
    public String toString() {
        return value;
    }

    /** The canonical spelling of an address, or what is wrong with it. */
    private static Either<String, String> canonicalForm(String address) {
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            return Either.left("it needs a name, an @ and a domain");
        }
        String local = address.substring(0, at);
        String problem = localProblem(local);
        if (problem != null) {
            return Either.left(problem);
        }
        String domain = asciiDomain(address.substring(at + 1));
        problem = domain == null ? "the domain is not a valid host name" : domainProblem(domain);
        if (problem != null) {
            return Either.left(problem);
        }
        String canonical = local + "@" + domain;
        return canonical.length() > MAX_LENGTH
                ? Either.left("it is longer than " + MAX_LENGTH + " characters")
                : Either.right(canonical);
    }

    private static String localProblem(String local) {
        if (local.length() > MAX_LOCAL) {
            return "the part before the @ is longer than " + MAX_LOCAL + " characters";
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return "the part before the @ has a misplaced dot";
        }
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!letterOrDigit && LOCAL_SPECIALS.indexOf(c) < 0) {
                return "the part before the @ holds '" + c + "'";
            }
        }
        return null;
    }

    private static String asciiDomain(String domain) {
        String name = domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
        if (name.chars().anyMatch(c -> c > 127)) {
            try {
                name = IDN.toASCII(name);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return name.toLowerCase(Locale.ROOT);
    }

    private static String domainProblem(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return "the domain has no dot";
        }
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")
                    || !label.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                return "the domain is not a valid host name";
            }
        }
        return null;
    }
}
