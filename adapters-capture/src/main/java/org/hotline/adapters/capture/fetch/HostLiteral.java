package org.hotline.adapters.capture.fetch;

import java.math.BigInteger;
import java.util.Locale;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.capture.IpAddress;

/**
 * Reads a URL's host the way browsers do (the WHATWG URL standard) to tell a name from an address written as one.
 * Every spelling of an IPv4 address browsers and C libraries accept counts as that address: {@code 127.0.0.1},
 * {@code 127.1}, {@code 2130706433}, {@code 0x7f000001}, {@code 0177.0.0.1}, {@code 0x7f.1}. A host whose last label
 * is a number is an address or invalid, never a name, so such spellings never reach a name server (whose C library
 * might read them its own way). IPv6 addresses are written in brackets; zone identifiers are refused.
 */
public final class HostLiteral {

    private HostLiteral() {
    }

    /**
     * The address a host is written as; none when it is a name; a reason when it looks like an address but is not a
     * valid one.
     */
    public static Either<String, Option<IpAddress>> read(String host) {
        if (host.startsWith("[")) {
            if (!host.endsWith("]") || host.indexOf('%') >= 0) {
                return Either.left("'" + host + "' is not a valid IPv6 address");
            }
            return IpAddress.parse(host.substring(1, host.length() - 1))
                    .mapLeft(problem -> "'" + host + "' is not a valid IPv6 address").map(Option::some);
        }
        String[] parts = withoutTrailingEmpty(host.toLowerCase(Locale.ROOT).split("\\.", -1));
        if (parts.length == 0 || !endsInNumber(parts[parts.length - 1])) {
            return Either.right(Option.none());
        }
        byte[] address = ipv4(parts);
        return address == null
                ? Either.left("'" + host + "' is written like an IPv4 address but is not a valid one")
                : Either.right(Option.some(IpAddress.of(address)));
    }

    private static String[] withoutTrailingEmpty(String[] parts) {
        if (parts.length > 1 && parts[parts.length - 1].isEmpty()) {
            String[] shorter = new String[parts.length - 1];
            System.arraycopy(parts, 0, shorter, 0, shorter.length);
            return shorter;
        }
        return parts;
    }

    private static boolean endsInNumber(String last) {
        if (!last.isEmpty() && last.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return true;
        }
        return last.startsWith("0x") && last.substring(2).chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }

    /** The WHATWG IPv4 parser: one to four numbers, each decimal, octal (leading 0) or hexadecimal (0x). */
    private static byte[] ipv4(String[] parts) {
        if (parts.length > 4) {
            return null;
        }
        BigInteger[] numbers = new BigInteger[parts.length];
        for (int i = 0; i < parts.length; i++) {
            numbers[i] = number(parts[i]);
            if (numbers[i] == null) {
                return null;
            }
        }
        for (int i = 0; i < parts.length - 1; i++) {
            if (numbers[i].compareTo(BigInteger.valueOf(255)) > 0) {
                return null;
            }
        }
        BigInteger last = numbers[parts.length - 1];
        if (last.compareTo(BigInteger.ONE.shiftLeft(8 * (5 - parts.length))) >= 0) {
            return null;
        }
        long value = last.longValue();
        for (int i = 0; i < parts.length - 1; i++) {
            value += numbers[i].longValue() << (8 * (3 - i));
        }
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    private static BigInteger number(String part) {
        if (part.isEmpty()) {
            return null;
        }
        int radix = 10;
        String digits = part;
        if (part.startsWith("0x")) {
            radix = 16;
            digits = part.substring(2);
        } else if (part.length() > 1 && part.charAt(0) == '0') {
            radix = 8;
            digits = part.substring(1);
        }
        if (digits.isEmpty()) {
            return BigInteger.ZERO;
        }
        final int base = radix;
        if (!digits.chars().allMatch(c -> Character.digit(c, base) >= 0)) {
            return null;
        }
        return new BigInteger(digits, radix);
    }
}
