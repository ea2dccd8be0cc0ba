package org.hotline.domain.capture;

import java.util.Arrays;
import java.util.Locale;

import io.vavr.control.Either;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An IPv4 or IPv6 address, as its 4 or 16 bytes. Read from the usual written forms only (dotted decimal for IPv4;
 * the RFC 4291 forms for IPv6, with {@code ::} and a trailing dotted IPv4 part); written in the RFC 5952 form.
 * Reading never consults a name server: a name is not an address.
 */
@ValueObject
public final class IpAddress {

    private final byte[] bytes;

    private IpAddress(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The address of 4 (IPv4) or 16 (IPv6) bytes. */
    public static IpAddress of(byte[] bytes) {
        if (bytes == null || (bytes.length != 4 && bytes.length != 16)) {
            throw new IllegalArgumentException("an IP address has 4 or 16 bytes");
        }
        return new IpAddress(bytes.clone());
    }

    /** Reads a written address; the reason names what is wrong. */
    public static Either<String, IpAddress> parse(String text) {
        if (text == null || text.isEmpty()) {
            return Either.left("an IP address is required");
        }
        byte[] parsed = text.indexOf(':') >= 0 ? parseIpv6(text) : parseIpv4(text);
        return parsed == null
                ? Either.left("'" + text + "' is not an IP address (IPv4 as 192.0.2.1, IPv6 as 2001:db8::1)")
                : Either.right(new IpAddress(parsed));
    }

    public boolean isIpv4() {
        return bytes.length == 4;
    }

    /** The bytes, most significant first (a copy). */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Byte {@code index}, as 0 to 255. */
    int unsigned(int index) {
        return bytes[index] & 0xFF;
    }

    int length() {
        return bytes.length;
    }

    /** Dotted decimal for IPv4; lower-case hexadecimal with the longest run of two or more zero groups as {@code ::}. */
    public String text() {
        return isIpv4() ? unsigned(0) + "." + unsigned(1) + "." + unsigned(2) + "." + unsigned(3) : ipv6Text();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IpAddress that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return text();
    }

    private String ipv6Text() {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (unsigned(2 * i) << 8) | unsigned(2 * i + 1);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int run = 0;
            while (i + run < 8 && groups[i + run] == 0) {
                run++;
            }
            if (run > bestLength) {
                bestStart = i;
                bestLength = run;
            }
        }
        StringBuilder out = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }

    /** Four decimal numbers 0 to 255 without leading zeros (a leading zero means octal to some readers). */
    private static byte[] parseIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')
                    || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            int value = Integer.parseInt(part);
            if (value > 255) {
                return null;
            }
            out[i] = (byte) value;
        }
        return out;
    }

    private static byte[] parseIpv6(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int gap = lower.indexOf("::");
        if (gap >= 0 && lower.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        int[] head = gap < 0 ? groups(lower, true) : groups(lower.substring(0, gap), false);
        int[] tail = gap < 0 ? new int[0] : groups(lower.substring(gap + 2), true);
        if (head == null || tail == null) {
            return null;
        }
        int given = head.length + tail.length;
        if (gap < 0 ? given != 8 : given > 7) {
            return null;
        }
        byte[] out = new byte[16];
        for (int i = 0; i < head.length; i++) {
            putGroup(out, i, head[i]);
        }
        for (int i = 0; i < tail.length; i++) {
            putGroup(out, 8 - tail.length + i, tail[i]);
        }
        return out;
    }

    private static void putGroup(byte[] out, int index, int value) {
        out[2 * index] = (byte) (value >>> 8);
        out[2 * index + 1] = (byte) value;
    }

    /**
     * The 16-bit groups of one side of {@code ::}; a dotted IPv4 address may end the last side and counts as two
     * groups. Null when malformed.
     */
    private static int[] groups(String side, boolean mayEndInIpv4) {
        if (side.isEmpty()) {
            return new int[0];
        }
        String[] parts = side.split(":", -1);
        String last = parts[parts.length - 1];
        byte[] ipv4 = mayEndInIpv4 && last.indexOf('.') >= 0 ? parseIpv4(last) : null;
        if (last.indexOf('.') >= 0 && ipv4 == null) {
            return null;
        }
        int hexParts = ipv4 == null ? parts.length : parts.length - 1;
        int[] out = new int[ipv4 == null ? parts.length : parts.length + 1];
        for (int i = 0; i < hexParts; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 4 || !part.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return null;
            }
            out[i] = Integer.parseInt(part, 16);
        }
        if (ipv4 != null) {
            out[hexParts] = ((ipv4[0] & 0xFF) << 8) | (ipv4[1] & 0xFF);
            out[hexParts + 1] = ((ipv4[2] & 0xFF) << 8) | (ipv4[3] & 0xFF);
        }
        return out;
    }
}
