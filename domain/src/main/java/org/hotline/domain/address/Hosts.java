package org.hotline.domain.address;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.FieldError;

/**
 * Hosts in canonical form, decided in the WHATWG URL standard's order: an IPv6 literal in brackets; otherwise the
 * percent-decoded name to ASCII by UTS #46; then, where its last label is a number, an IPv4 address or nothing;
 * otherwise a DNS name of letters, digits, hyphens and underscores, without its trailing dot. A host named
 * {@code http} or {@code https} is a scheme whose colon went missing ({@code http//example.org/}), never a site.
 */
final class Hosts {

    static final String INVALID = "url.host";
    static final String SCHEME_AS_HOST = "url.host_is_scheme";

    private static final int MAX_HOST_LENGTH = 253;
    private static final int MAX_LABEL_LENGTH = 63;

    private Hosts() {
    }

    static Either<FieldError, String> canonical(String raw) {
        if (raw.isEmpty()) {
            return invalid("The address has no host name.");
        }
        if (raw.startsWith("[")) {
            int close = raw.indexOf(']');
            if (close < 0) {
                return invalid("The address has an unclosed IPv6 host.");
            }
            if (close != raw.length() - 1) {
                return invalid("The address has text after its IPv6 host.");
            }
            return Ipv6.canonical(raw.substring(1, raw.length() - 1)).map(address -> "[" + address + "]")
                    .toEither(() -> error(INVALID, "The IPv6 host is not valid."));
        }
        String decoded = Escapes.decode(raw);
        if (decoded == null) {
            return invalid("The host name has a malformed percent-escape.");
        }
        Option<String> ascii = DomainNames.toAscii(decoded);
        if (ascii.isEmpty()) {
            return invalid("The host name is not a valid domain name.");
        }
        if (Ipv4.endsInANumber(ascii.get())) {
            return Ipv4.dottedDecimal(ascii.get()).toEither(() -> error(INVALID,
                    "The host ends in a number but is not a valid IPv4 address."));
        }
        return dnsName(ascii.get());
    }

    private static Either<FieldError, String> dnsName(String ascii) {
        String name = ascii.endsWith(".") ? ascii.substring(0, ascii.length() - 1) : ascii;
        if (name.isEmpty() || name.length() > MAX_HOST_LENGTH) {
            return invalid("The host name is empty or too long.");
        }
        for (String label : name.split("\\.", -1)) {
            if (label.isEmpty() || label.length() > MAX_LABEL_LENGTH) {
                return invalid("The host name has an empty or overlong part.");
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '-' && c != '_') {
                    return invalid("The host name contains a character that is not allowed: '" + c + "'.");
                }
            }
        }
        if (name.equals("http") || name.equals("https")) {
            return Either.left(error(SCHEME_AS_HOST, "The address names " + name + " as its host: the colon after "
                    + name + " is probably missing (" + name + "://example.org/...)."));
        }
        return Either.right(name);
    }

    private static Either<FieldError, String> invalid(String detail) {
        return Either.left(error(INVALID, detail));
    }

    static FieldError error(String code, String detail) {
        return new FieldError("", code, detail);
    }
}
