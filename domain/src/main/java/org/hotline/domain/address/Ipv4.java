package org.hotline.domain.address;

import io.vavr.control.Option;

/**
 * IPv4 hosts as the WHATWG URL standard reads them: one to four parts, each decimal, octal (a leading {@code 0}) or
 * hexadecimal ({@code 0x}), the last part filling the bytes the others leave ({@code 3279880203},
 * {@code 0xC37F000B}, {@code 195.127.11} and {@code 0303.0177.0.013} are all {@code 195.127.0.11}).
 */
final class Ipv4 {

    /** Larger than any value a part may take; parts are capped here so that long digit strings cannot overflow. */
    private static final long TOO_BIG = 1L << 33;

    private Ipv4() {
    }

    /**
     * True when the host's last label is a number, which makes the whole host an IPv4 address or nothing: such a
     * host never names a domain ({@code example.123} is refused, not looked up).
     */
    static boolean endsInANumber(String host) {
        String[] parts = host.split("\\.", -1);
        int last = parts.length - 1;
        if (parts[last].isEmpty()) {
            if (parts.length == 1) {
                return false;
            }
            last--;
        }
        String part = parts[last];
        return !part.isEmpty() && (part.chars().allMatch(c -> c >= '0' && c <= '9') || number(part).isDefined());
    }

    /** The address in dotted decimal, or none where the host is not a valid IPv4 address. */
    static Option<String> dottedDecimal(String host) {
        String[] parts = host.split("\\.", -1);
        int count = parts[parts.length - 1].isEmpty() && parts.length > 1 ? parts.length - 1 : parts.length;
        if (count > 4) {
            return Option.none();
        }
        long[] numbers = new long[count];
        for (int i = 0; i < count; i++) {
            Option<Long> number = number(parts[i]);
            if (number.isEmpty() || (i < count - 1 && number.get() > 255)) {
                return Option.none();
            }
            numbers[i] = number.get();
        }
        long address = numbers[count - 1];
        if (address >= 1L << (8 * (5 - count))) {
            return Option.none();
        }
        for (int i = 0; i < count - 1; i++) {
            address += numbers[i] << (8 * (3 - i));
        }
        return Option.some((address >> 24) + "." + ((address >> 16) & 0xFF) + "." + ((address >> 8) & 0xFF) + "."
                + (address & 0xFF));
    }

    /** One part: hexadecimal after {@code 0x}, octal after a leading {@code 0}, decimal otherwise; capped at 2^33. */
    private static Option<Long> number(String part) {
        if (part.isEmpty()) {
            return Option.none();
        }
        int radix = 10;
        String digits = part;
        if (part.length() >= 2 && (part.startsWith("0x") || part.startsWith("0X"))) {
            radix = 16;
            digits = part.substring(2);
        } else if (part.length() >= 2 && part.charAt(0) == '0') {
            radix = 8;
            digits = part.substring(1);
        }
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = asciiDigit(digits.charAt(i), radix);
            if (digit < 0) {
                return Option.none();
            }
            value = Math.min(TOO_BIG, value * radix + digit);
        }
        return Option.some(value);
    }

    /** The value of an ASCII digit in the radix, or -1 (digits of other scripts are not digits of an address). */
    private static int asciiDigit(char c, int radix) {
        return c < 0x80 ? Character.digit(c, radix) : -1;
    }
}
