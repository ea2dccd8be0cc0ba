package org.hotline.domain.report;

import java.util.Locale;
import java.util.Objects;

import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The reference a reporter is given on the receipt, short enough to read out on the telephone:
 * twelve characters of Crockford's base 32 in three groups, such as {@code 7K3M-9QXP-2D4F}.
 *
 * <p>It carries 60 of the report identifier's random bits. Reading it back tolerates lower case, missing dashes
 * and the letters people confuse with digits (O for 0, I and L for 1).
 */
@ValueObject
public record ReportReference(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 12;

    public ReportReference {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}")) {
            throw new IllegalArgumentException("not a report reference: " + value);
        }
    }

    static ReportReference of(ReportId id) {
        // Version-4 UUIDs carry random bits everywhere but in the version and variant nibbles; the low 60 bits of
        // the least significant half are all random.
        long bits = id.value().getLeastSignificantBits() & 0x0FFF_FFFF_FFFF_FFFFL;
        char[] out = new char[LENGTH];
        for (int i = LENGTH - 1; i >= 0; i--) {
            out[i] = ALPHABET.charAt((int) (bits & 31));
            bits >>>= 5;
        }
        String plain = new String(out);
        return new ReportReference(plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8));
    }

    /** Reads a reference as a person may type it; none when it cannot be one. */
    public static Option<ReportReference> parse(String typed) {
        if (typed == null) {
            return Option.none();
        }
        StringBuilder plain = new StringBuilder(LENGTH);
        for (char c : typed.strip().toUpperCase(Locale.ROOT).toCharArray()) {
            char normal = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (normal == '-' || normal == ' ') {
                continue;
            }
            if (ALPHABET.indexOf(normal) < 0 || plain.length() == LENGTH) {
                return Option.none();
            }
            plain.append(normal);
        }
        if (plain.length() != LENGTH) {
            return Option.none();
        }
        return Option.of(new ReportReference(plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8)));
    }

    @Override
    public String toString() {
        return value;
    }
}
