package org.hotline.domain.hosting.address;

import java.util.Objects;

import io.vavr.control.Option;

/**
 * An IPv4 or IPv6 address as a number: an IPv4 address in the low 32 bits of {@code low}, an IPv6 address in
 * {@code high} (its first 64 bits) and {@code low} (its last 64). Parsed from the usual text forms and written in
 * the recommended one (RFC 5952 for IPv6), so that one address has one spelling in the evidence.
 */
public record IpAddress(Family family, long high, long low) implements Comparable<IpAddress> {

    /** The version of the internet protocol an address belongs to. */
    public enum Family { IPV4, IPV6 }

    public IpAddress {
        Objects.requireNonNull(family, "family");
        if (family == Family.IPV4 && (high != 0 || (low >>> 32) != 0)) {
            throw new IllegalArgumentException("an IPv4 address has 32 bits");
        }
    }

    /** The IPv4 address with the given 32 bits (as an unsigned number). */
    public static IpAddress ipv4(long bits) {
        return new IpAddress(Family.IPV4, 0, bits);
    }

    /** The IPv6 address with the given 128 bits, as its first and last 64. */
    public static IpAddress ipv6(long high, long low) {
        return new IpAddress(Family.IPV6, high, low);
    }

    /** The address of 4 bytes (IPv4) or 16 bytes (IPv6), in network order. */
    public static Option<IpAddress> ofBytes(byte[] bytes) {
        if (bytes == null || (bytes.length != 4 && bytes.length != 16)) {
            return Option.none();
        }
        if (bytes.length == 4) {
            return Option.some(ipv4(Integer.toUnsignedLong(bigEndianInt(bytes, 0))));
        }
        return Option.some(ipv6(bigEndianLong(bytes, 0), bigEndianLong(bytes, 8)));
    }

    /**
     * Reads an address in dotted-decimal IPv4 form ({@code 192.0.2.1}, no leading zeros, which some software reads
     * as octal) or in IPv6 text form ({@code 2001:db8::1}, {@code ::ffff:192.0.2.1}); nothing else.
     */
    public static Option<IpAddress> parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 45) {
            return Option.none();
        }
        return text.indexOf(':') >= 0 ? parseIpv6(text) : parseIpv4(text).map(IpAddress::ipv4);
    }

    public boolean isIpv4() {
        return family == Family.IPV4;
    }

    /** The address in network order: 4 bytes for IPv4, 16 for IPv6. */
    public byte[] bytes() {
        if (isIpv4()) {
            return new byte[] {(byte) (low >>> 24), (byte) (low >>> 16), (byte) (low >>> 8), (byte) low};
        }
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (high >>> (56 - 8 * i));
            bytes[8 + i] = (byte) (low >>> (56 - 8 * i));
        }
        return bytes;
    }

    /** What the address is reserved for, when it is not an ordinary public address. */
    public Option<SpecialUse> specialUse() {
        return SpecialUse.of(this);
    }

    /** IPv4 addresses sort before IPv6 ones; within a family, by number. */
    @Override
    public int compareTo(IpAddress other) {
        int byFamily = family.compareTo(other.family);
        if (byFamily != 0) {
            return byFamily;
        }
        int byHigh = Long.compareUnsigned(high, other.high);
        return byHigh != 0 ? byHigh : Long.compareUnsigned(low, other.low);
    }

    @Override
    public String toString() {
        return isIpv4() ? dotted(low) : ipv6Text();
    }

    private static String dotted(long bits) {
        return (bits >>> 24 & 0xff) + "." + (bits >>> 16 & 0xff) + "." + (bits >>> 8 & 0xff) + "." + (bits & 0xff);
    }

    private String ipv6Text() {
        int[] groups = groups();
        if (high == 0 && (low >>> 32) == 0xffffL) {
            return "::ffff:" + dotted(low & 0xffffffffL);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int length = 0;
            while (i + length < 8 && groups[i + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
            i += length;
        }
        StringBuilder text = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }

    private int[] groups() {
        int[] groups = new int[8];
        for (int i = 0; i < 4; i++) {
            groups[i] = (int) (high >>> (48 - 16 * i)) & 0xffff;
            groups[4 + i] = (int) (low >>> (48 - 16 * i)) & 0xffff;
        }
        return groups;
    }

    private static Option<Long> parseIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return Option.none();
        }
        long bits = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0') || !digits(part)) {
                return Option.none();
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                return Option.none();
            }
            bits = bits << 8 | octet;
        }
        return Option.some(bits);
    }

    private static Option<IpAddress> parseIpv6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return Option.none();
        }
        Option<int[]> head = gap < 0 ? groupsOf(text, true) : groupsOf(text.substring(0, gap), false);
        Option<int[]> tail = gap < 0 ? Option.some(new int[0]) : groupsOf(text.substring(gap + 2), true);
        if (head.isEmpty() || tail.isEmpty()) {
            return Option.none();
        }
        int given = head.get().length + tail.get().length;
        if (gap < 0 ? given != 8 : given > 7) {
            return Option.none();
        }
        int[] groups = new int[8];
        System.arraycopy(head.get(), 0, groups, 0, head.get().length);
        System.arraycopy(tail.get(), 0, groups, 8 - tail.get().length, tail.get().length);
        long high = 0;
        long low = 0;
        for (int i = 0; i < 4; i++) {
            high = high << 16 | groups[i];
            low = low << 16 | groups[4 + i];
        }
        return Option.some(ipv6(high, low));
    }

    /**
     * The 16-bit groups of one side of an IPv6 address; a dotted IPv4 address at the end of the address counts as two
     * groups.
     */
    private static Option<int[]> groupsOf(String side, boolean endsTheAddress) {
        if (side.isEmpty()) {
            return Option.some(new int[0]);
        }
        String[] parts = side.split(":", -1);
        int[] groups = new int[parts.length + 1];
        int count = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (endsTheAddress && i == parts.length - 1 && part.indexOf('.') >= 0) {
                Option<Long> ipv4 = parseIpv4(part);
                if (ipv4.isEmpty()) {
                    return Option.none();
                }
                groups[count++] = (int) (ipv4.get() >>> 16);
                groups[count++] = (int) (ipv4.get() & 0xffff);
            } else if (part.isEmpty() || part.length() > 4 || !hex(part)) {
                return Option.none();
            } else {
                groups[count++] = Integer.parseInt(part, 16);
            }
        }
        return Option.some(java.util.Arrays.copyOf(groups, count));
    }

    private static boolean digits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean hex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
    }

    private static int bigEndianInt(byte[] bytes, int from) {
        return (bytes[from] & 0xff) << 24 | (bytes[from + 1] & 0xff) << 16 | (bytes[from + 2] & 0xff) << 8
                | bytes[from + 3] & 0xff;
    }

    private static long bigEndianLong(byte[] bytes, int from) {
        return Integer.toUnsignedLong(bigEndianInt(bytes, from)) << 32 | Integer.toUnsignedLong(bigEndianInt(bytes, from + 4));
    }
}
