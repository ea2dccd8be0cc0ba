package org.hotline.domain.report;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

import io.vavr.control.Either;
import org.hotline.domain.FieldError;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A web address someone reported, as typed and in canonical form.
 *
 * <p>The canonical form is what identifies the content for de-duplication: the scheme and host in lower case, an
 * internationalised host in punycode, no default port, no dot segments, percent-escapes normalised, no fragment.
 * Two reports whose addresses have the same canonical form are about the same content.
 *
 * <p>Only {@code http} and {@code https} addresses with a host are accepted; an address typed without a scheme
 * ({@code example.org/page}) is read as {@code http}.
 */
@ValueObject
public record ReportedUrl(String submitted, String canonical) {

    /** Longest address accepted as typed. Real addresses stay far below this; longer input is not an address. */
    public static final int MAX_SUBMITTED_LENGTH = 4096;
    /** Longest canonical form; percent-encoding of non-ASCII text can make it longer than what was typed. */
    public static final int MAX_CANONICAL_LENGTH = 8192;

    private static final int MAX_HOST_LENGTH = 253;
    private static final int MAX_LABEL_LENGTH = 63;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    public ReportedUrl {
        Objects.requireNonNull(submitted, "submitted");
        Objects.requireNonNull(canonical, "canonical");
    }

    /** Reads an address as typed; the error names what is wrong with it (its field is left empty). */
    public static Either<FieldError, ReportedUrl> parse(String input) {
        if (input == null || input.isBlank()) {
            return Either.left(new FieldError("", "required", "An address is required."));
        }
        if (input.length() > MAX_SUBMITTED_LENGTH) {
            return Either.left(new FieldError("", "url.too_long",
                    "The address is longer than " + MAX_SUBMITTED_LENGTH + " characters."));
        }
        return new Parser(stripWhitespace(input)).parse().map(canonical -> new ReportedUrl(input.strip(), canonical));
    }

    /** The host of the canonical form, in punycode and lower case. */
    public String host() {
        int start = canonical.indexOf("://") + 3;
        int end = start;
        while (end < canonical.length() && "/?#".indexOf(canonical.charAt(end)) < 0) {
            end++;
        }
        String authority = canonical.substring(start, end);
        int at = authority.lastIndexOf('@');
        String hostPort = authority.substring(at + 1);
        if (hostPort.startsWith("[")) {
            return hostPort.substring(0, hostPort.indexOf(']') + 1);
        }
        int colon = hostPort.lastIndexOf(':');
        return colon < 0 ? hostPort : hostPort.substring(0, colon);
    }

    @Override
    public String toString() {
        return canonical;
    }

    private static Either<FieldError, String> invalid(String code, String detail) {
        return Either.left(new FieldError("", code, detail));
    }

    /** Leading and trailing white space goes; tabs and line breaks inside are pasting accidents and go too. */
    private static String stripWhitespace(String input) {
        String stripped = input.strip();
        StringBuilder out = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static final class Parser {

        private final String text;

        Parser(String text) {
            this.text = text;
        }

        Either<FieldError, String> parse() {
            for (int i = 0; i < text.length(); i++) {
                if (Character.isISOControl(text.charAt(i))) {
                    return invalid("url.control_character", "The address contains a control character.");
                }
            }
            String scheme;
            String rest;
            int colon = text.indexOf(':');
            if (colon > 0 && isSchemeName(text.substring(0, colon)) && !startsWithPort(text, colon + 1)) {
                scheme = text.substring(0, colon).toLowerCase(Locale.ROOT);
                // As browsers do for web addresses, any run of slashes or backslashes after the scheme is read as "//".
                int authorityStart = colon + 1;
                while (authorityStart < text.length() && (text.charAt(authorityStart) == '/' || text.charAt(authorityStart) == '\\')) {
                    authorityStart++;
                }
                rest = text.substring(authorityStart);
            } else if (text.startsWith("//")) {
                scheme = "http";
                rest = text.substring(2);
            } else {
                scheme = "http";
                rest = text;
            }
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return invalid("url.scheme", "Only http and https addresses can be reported.");
            }
            rest = rest.replace('\\', '/');

            int authorityEnd = indexOfAny(rest, "/?#", 0);
            String authority = authorityEnd < 0 ? rest : rest.substring(0, authorityEnd);
            String tail = authorityEnd < 0 ? "" : rest.substring(authorityEnd);

            int fragmentStart = tail.indexOf('#');
            if (fragmentStart >= 0) {
                tail = tail.substring(0, fragmentStart);
            }
            int queryStart = tail.indexOf('?');
            String path = queryStart < 0 ? tail : tail.substring(0, queryStart);
            String query = queryStart < 0 ? "" : tail.substring(queryStart + 1);

            int at = authority.lastIndexOf('@');
            String userInfo = at < 0 ? "" : authority.substring(0, at);
            String hostPort = authority.substring(at + 1);

            Either<FieldError, String[]> hostAndPort = splitHostPort(hostPort);
            if (hostAndPort.isLeft()) {
                return Either.left(hostAndPort.getLeft());
            }
            Either<FieldError, String> host = canonicalHost(hostAndPort.get()[0]);
            if (host.isLeft()) {
                return host;
            }
            Either<FieldError, String> port = canonicalPort(scheme, hostAndPort.get()[1]);
            if (port.isLeft()) {
                return port;
            }

            StringBuilder out = new StringBuilder(text.length() + 16);
            out.append(scheme).append("://");
            if (!userInfo.isEmpty()) {
                out.append(normaliseEscapes(userInfo, ":")).append('@');
            }
            out.append(host.get());
            if (!port.get().isEmpty()) {
                out.append(':').append(port.get());
            }
            out.append(removeDotSegments(normaliseEscapes(path.isEmpty() ? "/" : path, "/:@!$&'()*+,;=")));
            if (!query.isEmpty()) {
                out.append('?').append(normaliseEscapes(query, "/?:@!$&'()*+,;="));
            }
            if (out.length() > MAX_CANONICAL_LENGTH) {
                return invalid("url.too_long", "The address is too long once written in canonical form.");
            }
            return Either.right(out.toString());
        }

        private static boolean isSchemeName(String candidate) {
            if (candidate.isEmpty() || !isAsciiLetter(candidate.charAt(0))) {
                return false;
            }
            for (int i = 1; i < candidate.length(); i++) {
                char c = candidate.charAt(i);
                if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                    return false;
                }
            }
            return true;
        }

        /** {@code example.org:8080/x} is a host with a port, not a scheme called {@code example.org}. */
        private static boolean startsWithPort(String text, int from) {
            int i = from;
            while (i < text.length() && Character.isDigit(text.charAt(i))) {
                i++;
            }
            return i > from && (i == text.length() || "/?#".indexOf(text.charAt(i)) >= 0);
        }

        private static Either<FieldError, String[]> splitHostPort(String hostPort) {
            if (hostPort.startsWith("[")) {
                int close = hostPort.indexOf(']');
                if (close < 0) {
                    return Either.left(new FieldError("", "url.host", "The address has an unclosed IPv6 host."));
                }
                String after = hostPort.substring(close + 1);
                if (!after.isEmpty() && !after.startsWith(":")) {
                    return Either.left(new FieldError("", "url.host", "The address has text after its IPv6 host."));
                }
                return Either.right(new String[] {hostPort.substring(0, close + 1), after.isEmpty() ? "" : after.substring(1)});
            }
            int colon = hostPort.lastIndexOf(':');
            return Either.right(colon < 0
                    ? new String[] {hostPort, ""}
                    : new String[] {hostPort.substring(0, colon), hostPort.substring(colon + 1)});
        }

        private static Either<FieldError, String> canonicalHost(String rawHost) {
            if (rawHost.isEmpty()) {
                return invalid("url.host", "The address has no host name.");
            }
            if (rawHost.startsWith("[")) {
                return canonicalIpv6(rawHost.substring(1, rawHost.length() - 1));
            }
            String decoded = percentDecode(rawHost);
            if (decoded == null) {
                return invalid("url.host", "The host name has a malformed percent-escape.");
            }
            String ascii;
            try {
                ascii = IDN.toASCII(decoded, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException notADomainName) {
                return invalid("url.host", "The host name is not a valid domain name.");
            }
            if (ascii.endsWith(".")) {
                ascii = ascii.substring(0, ascii.length() - 1);
            }
            if (ascii.isEmpty() || ascii.length() > MAX_HOST_LENGTH) {
                return invalid("url.host", "The host name is empty or too long.");
            }
            for (String label : ascii.split("\\.", -1)) {
                if (label.isEmpty() || label.length() > MAX_LABEL_LENGTH) {
                    return invalid("url.host", "The host name has an empty or overlong part.");
                }
                for (int i = 0; i < label.length(); i++) {
                    char c = label.charAt(i);
                    if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '-' && c != '_') {
                        return invalid("url.host", "The host name contains a character that is not allowed: '" + c + "'.");
                    }
                }
            }
            return Either.right(ascii);
        }

        private static Either<FieldError, String> canonicalIpv6(String address) {
            String lower = address.toLowerCase(Locale.ROOT);
            int groups = 0;
            boolean compressed = lower.contains("::");
            if (lower.isEmpty() || lower.indexOf("::") != lower.lastIndexOf("::")) {
                return invalid("url.host", "The IPv6 host is not valid.");
            }
            for (String group : lower.split(":", -1)) {
                if (group.isEmpty()) {
                    continue;
                }
                if (group.length() > 4 || !group.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                    return invalid("url.host", "The IPv6 host is not valid.");
                }
                groups++;
            }
            if (groups > 8 || (!compressed && groups != 8)) {
                return invalid("url.host", "The IPv6 host is not valid.");
            }
            return Either.right("[" + lower + "]");
        }

        private static Either<FieldError, String> canonicalPort(String scheme, String port) {
            if (port.isEmpty()) {
                return Either.right("");
            }
            if (port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return invalid("url.port", "The port must be a number from 1 to 65535.");
            }
            int number = Integer.parseInt(port);
            if (number < 1 || number > 65535) {
                return invalid("url.port", "The port must be a number from 1 to 65535.");
            }
            boolean isDefault = (scheme.equals("http") && number == 80) || (scheme.equals("https") && number == 443);
            return Either.right(isDefault ? "" : Integer.toString(number));
        }

        private static boolean isAsciiLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
    }

    private static int indexOfAny(String text, String characters, int from) {
        for (int i = from; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    /**
     * Escapes are written in upper case, escapes of unreserved characters are decoded, a stray {@code %} becomes
     * {@code %25}, and every character that may not appear literally (spaces, non-ASCII text) is escaped as UTF-8.
     */
    private static String normaliseEscapes(String component, String allowedDelimiters) {
        StringBuilder out = new StringBuilder(component.length());
        byte[] bytes = component.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == '%' && i + 2 < bytes.length + 0 && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
                int value = Character.digit(bytes[i + 1], 16) * 16 + Character.digit(bytes[i + 2], 16);
                if (isUnreserved(value)) {
                    out.append((char) value);
                } else {
                    appendEscape(out, value);
                }
                i += 2;
            } else if (b < 0x80 && (isUnreserved(b) || allowedDelimiters.indexOf(b) >= 0)) {
                out.append((char) b);
            } else {
                appendEscape(out, b);
            }
        }
        return out.toString();
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }

    private static void appendEscape(StringBuilder out, int value) {
        out.append('%').append(HEX[value >> 4]).append(HEX[value & 0xF]);
    }

    /** Decodes percent-escapes as UTF-8; null when an escape is malformed. */
    private static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        byte[] source = text.getBytes(StandardCharsets.UTF_8);
        byte[] decoded = new byte[source.length];
        int length = 0;
        for (int i = 0; i < source.length; i++) {
            if (source[i] == '%') {
                if (i + 2 >= source.length || !isHex(source[i + 1]) || !isHex(source[i + 2])) {
                    return null;
                }
                decoded[length++] = (byte) (Character.digit(source[i + 1], 16) * 16 + Character.digit(source[i + 2], 16));
                i += 2;
            } else {
                decoded[length++] = source[i];
            }
        }
        return new String(decoded, 0, length, StandardCharsets.UTF_8);
    }

    /** RFC 3986 section 5.2.4, on a path whose escapes are already normalised (so {@code %2E} is a dot). */
    private static String removeDotSegments(String path) {
        String[] segments = path.split("/", -1);
        java.util.ArrayDeque<String> output = new java.util.ArrayDeque<>();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".")) {
                if (last) {
                    output.addLast("");
                }
            } else if (segment.equals("..")) {
                output.pollLast();
                if (last) {
                    output.addLast("");
                }
            } else {
                output.addLast(segment);
            }
        }
        return "/" + String.join("/", output);
    }
}
