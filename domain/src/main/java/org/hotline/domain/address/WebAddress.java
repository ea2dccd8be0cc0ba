package org.hotline.domain.address;

import java.util.Locale;
import java.util.Objects;

import io.vavr.control.Either;
import org.hotline.domain.FieldError;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A web address read as browsers read it (the WHATWG URL standard, for {@code http} and {@code https}) and written
 * in one canonical form, so that one address has one form however it was typed:
 * <ul>
 * <li>invisible characters around it (a byte-order mark, zero-width spaces, direction marks, white space) go, and
 * tabs and line breaks inside it too; an address typed without a scheme is read as {@code http};</li>
 * <li>the scheme in lower case; any run of slashes or backslashes after it is the start of the host;</li>
 * <li>user information ({@code user:password@}) is dropped: it is not part of what is at the address, and
 * credentials are not kept;</li>
 * <li>the host: a domain name by UTS #46 in lower-case punycode, without a trailing dot; IPv4 in dotted decimal
 * however it was written; IPv6 in RFC 5952 form; a host named {@code http} or {@code https} is refused;</li>
 * <li>no default port;</li>
 * <li>the path: a backslash is a slash, dot segments are resolved, escapes normalised; repeated slashes and escaped
 * slashes ({@code %2F}) are kept, since servers tell {@code /a//b} and {@code /a%2Fb} from {@code /a/b};</li>
 * <li>the query with its escapes normalised (a backslash there is data, written {@code %5C}); an empty query goes;</li>
 * <li>no fragment: it never reaches the server.</li>
 * </ul>
 *
 * @param scheme {@code http} or {@code https}
 * @param host the canonical host; an IPv6 host in brackets
 * @param port the port, or -1 for the scheme's default
 * @param path the path, starting with {@code /}
 * @param query the query without its {@code ?}, empty for none
 */
@ValueObject
public record WebAddress(String scheme, String host, int port, String path, String query) {

    /** Longest address accepted as typed. Real addresses stay far below this; longer input is not an address. */
    public static final int MAX_TYPED_LENGTH = 4096;
    /** Longest canonical form; percent-encoding of non-ASCII text can make it longer than what was typed. */
    public static final int MAX_CANONICAL_LENGTH = 8192;

    public WebAddress {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(query, "query");
    }

    /** Reads an address as typed; the error names what is wrong with it (its field is left empty). */
    public static Either<FieldError, WebAddress> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return Either.left(Hosts.error("required", "An address is required."));
        }
        if (typed.length() > MAX_TYPED_LENGTH) {
            return Either.left(Hosts.error("url.too_long", "The address is longer than " + MAX_TYPED_LENGTH + " characters."));
        }
        String text = withoutTabsAndLineBreaks(stripInvisible(typed));
        if (text.isEmpty()) {
            return Either.left(Hosts.error("required", "An address is required."));
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            return Either.left(Hosts.error("url.control_character", "The address contains a control character."));
        }
        return read(text).flatMap(WebAddress::withinLength);
    }

    /** The canonical form. */
    public String canonical() {
        StringBuilder out = new StringBuilder(scheme.length() + host.length() + path.length() + query.length() + 10);
        out.append(scheme).append("://").append(host);
        if (port >= 0) {
            out.append(':').append(port);
        }
        out.append(path);
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return canonical();
    }

    private static Either<FieldError, WebAddress> withinLength(WebAddress address) {
        return address.canonical().length() > MAX_CANONICAL_LENGTH
                ? Either.left(Hosts.error("url.too_long", "The address is too long once written in canonical form."))
                : Either.right(address);
    }

    /** Splits the address into its parts and writes each in canonical form. */
    private static Either<FieldError, WebAddress> read(String text) {
        SchemeAndRest start = scheme(text);
        if (!start.scheme().equals("http") && !start.scheme().equals("https")) {
            return Either.left(Hosts.error("url.scheme", "Only http and https addresses can be reported."));
        }
        String rest = start.rest();
        int authorityEnd = indexOfAny(rest, "/\\?#");
        String authority = authorityEnd < 0 ? rest : rest.substring(0, authorityEnd);
        String tail = authorityEnd < 0 ? "" : rest.substring(authorityEnd);
        int fragment = tail.indexOf('#');
        if (fragment >= 0) {
            tail = tail.substring(0, fragment);
        }
        int queryStart = tail.indexOf('?');
        String path = queryStart < 0 ? tail : tail.substring(0, queryStart);
        String query = queryStart < 0 ? "" : tail.substring(queryStart + 1);

        // User information goes: everything before the last '@' of the authority.
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        String[] split = splitPort(hostAndPort);
        return Hosts.canonical(split[0]).flatMap(host -> port(start.scheme(), split[1]).map(port -> new WebAddress(
                start.scheme(), host, port,
                Escapes.removeDotSegments(Escapes.normalise(path.isEmpty() ? "/" : path.replace('\\', '/'), Escapes.PATH_DELIMITERS)),
                Escapes.normalise(query, Escapes.QUERY_DELIMITERS))));
    }

    private record SchemeAndRest(String scheme, String rest) {
    }

    /**
     * The scheme, and what follows it without the slashes or backslashes before the host. An address typed without
     * a scheme ({@code example.org/a}, {@code //example.org/a}, {@code example.org:8080/a}) is read as {@code http};
     * one that starts with a single slash is a path without a host.
     */
    private static SchemeAndRest scheme(String text) {
        int colon = text.indexOf(':');
        if (colon > 0 && isSchemeName(text.substring(0, colon)) && !startsWithPort(text, colon + 1)) {
            return new SchemeAndRest(text.substring(0, colon).toLowerCase(Locale.ROOT), withoutSlashes(text.substring(colon + 1)));
        }
        boolean schemeRelative = text.startsWith("//") || text.startsWith("\\\\");
        return new SchemeAndRest("http", schemeRelative ? withoutSlashes(text) : text);
    }

    private static String withoutSlashes(String rest) {
        int hostStart = 0;
        while (hostStart < rest.length() && (rest.charAt(hostStart) == '/' || rest.charAt(hostStart) == '\\')) {
            hostStart++;
        }
        return rest.substring(hostStart);
    }

    /** Host and port text: the port follows the first colon outside an IPv6 host's brackets. */
    private static String[] splitPort(String hostAndPort) {
        int from = hostAndPort.startsWith("[") ? Math.max(0, hostAndPort.indexOf(']')) : 0;
        int colon = hostAndPort.indexOf(':', from);
        return colon < 0
                ? new String[] {hostAndPort, ""}
                : new String[] {hostAndPort.substring(0, colon), hostAndPort.substring(colon + 1)};
    }

    /** The port, or -1 where it is empty or the scheme's default. */
    private static Either<FieldError, Integer> port(String scheme, String port) {
        if (port.isEmpty()) {
            return Either.right(-1);
        }
        String digits = port.replaceFirst("^0+(?=.)", "");
        if (digits.length() > 5 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Either.left(Hosts.error("url.port", "The port must be a number from 1 to 65535."));
        }
        int number = Integer.parseInt(digits);
        if (number < 1 || number > 65535) {
            return Either.left(Hosts.error("url.port", "The port must be a number from 1 to 65535."));
        }
        boolean isDefault = (scheme.equals("http") && number == 80) || (scheme.equals("https") && number == 443);
        return Either.right(isDefault ? -1 : number);
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
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i > from && (i == text.length() || "/\\?#".indexOf(text.charAt(i)) >= 0);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Removes what cannot be seen from both ends: white space of any kind (no-break spaces too) and format characters
     * such as a byte-order mark, zero-width spaces and joiners, and direction marks, which a paste often brings along.
     * Other control characters are refused wherever they are.
     */
    static String stripInvisible(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isInvisible(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isInvisible(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    private static boolean isInvisible(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.getType(codePoint) == Character.FORMAT;
    }

    private static String withoutTabsAndLineBreaks(String text) {
        if (text.indexOf('\t') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
