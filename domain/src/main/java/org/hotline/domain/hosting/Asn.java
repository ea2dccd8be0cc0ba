package org.hotline.domain.hosting;

import java.util.Locale;

import io.vavr.control.Option;

/** An autonomous system number: the network that routes an address ({@code AS13335}). */
public record Asn(long number) implements Comparable<Asn> {

    public static final long MAX = 0xffffffffL;

    public Asn {
        if (number < 0 || number > MAX) {
            throw new IllegalArgumentException("an AS number is 0 to " + MAX + ", not " + number);
        }
    }

    /** Reads {@code AS13335}, {@code as13335} or {@code 13335}. */
    public static Option<Asn> parse(String text) {
        if (text == null) {
            return Option.none();
        }
        String digits = text.strip().toUpperCase(Locale.ROOT);
        digits = digits.startsWith("AS") ? digits.substring(2) : digits;
        if (digits.isEmpty() || digits.length() > 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Option.none();
        }
        long number = Long.parseLong(digits);
        return number > MAX ? Option.none() : Option.some(new Asn(number));
    }

    @Override
    public int compareTo(Asn other) {
        return Long.compare(number, other.number);
    }

    @Override
    public String toString() {
        return "AS" + number;
    }
}
