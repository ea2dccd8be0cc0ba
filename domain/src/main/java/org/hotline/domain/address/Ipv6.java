package org.hotline.domain.address;

import io.vavr.control.Option;

/**
 * IPv6 hosts: read as the WHATWG URL standard reads them (hexadecimal pieces, one {@code ::}, an IPv4 address in
 * the last 32 bits), written as RFC 5952 says: lower case, no leading zeros, the longest run of two or more zero
 * pieces (the first of equal runs) as {@code ::}, and an IPv4-mapped address ({@code ::ffff:0:0/96}) in the mixed
 * notation of its section 5. A zone identifier ({@code %25eth0}) has no meaning beyond one machine and is refused.
 */
final class Ipv6 {

    private static final int PIECES = 8;

    private Ipv6() {
    }

    /** The address between the brackets in RFC 5952 form, or none where it is not an IPv6 address. */
    static Option<String> canonical(String text) {
        return parse(text).map(Ipv6::write);
    }

    private static Option<int[]> parse(String text) {
        int[] pieces = new int[PIECES];
        int piece = 0;
        int compress = -1;
        int at = 0;
        int length = text.length();
        if (length > 0 && text.charAt(0) == ':') {
            if (length < 2 || text.charAt(1) != ':') {
                return Option.none();
            }
            at = 2;
            compress = ++piece;
        }
        while (at < length) {
            if (piece == PIECES) {
                return Option.none();
            }
            if (text.charAt(at) == ':') {
                if (compress >= 0) {
                    return Option.none();
                }
                at++;
                compress = ++piece;
                continue;
            }
            int value = 0;
            int digits = 0;
            while (digits < 4 && at < length && hex(text.charAt(at)) >= 0) {
                value = value * 16 + hex(text.charAt(at));
                at++;
                digits++;
            }
            if (at < length && text.charAt(at) == '.') {
                if (digits == 0 || piece > PIECES - 2) {
                    return Option.none();
                }
                int compressAt = compress;
                return embeddedIpv4(text, at - digits, pieces, piece).flatMap(filled -> arrange(pieces, filled, compressAt));
            }
            if (at < length && text.charAt(at) == ':') {
                at++;
                if (at == length) {
                    return Option.none();
                }
            } else if (at < length) {
                return Option.none();
            }
            pieces[piece++] = value;
        }
        return arrange(pieces, piece, compress);
    }

    /** Reads a dotted IPv4 address into the last two pieces; the number of pieces filled, or none. */
    private static Option<Integer> embeddedIpv4(String text, int from, int[] pieces, int piece) {
        int at = from;
        int numbersSeen = 0;
        while (at < text.length()) {
            if (numbersSeen > 0) {
                if (text.charAt(at) != '.' || numbersSeen == 4) {
                    return Option.none();
                }
                at++;
            }
            if (at == text.length() || !isDigit(text.charAt(at))) {
                return Option.none();
            }
            int number = -1;
            while (at < text.length() && isDigit(text.charAt(at))) {
                if (number == 0) {
                    return Option.none();
                }
                number = (number < 0 ? 0 : number * 10) + (text.charAt(at) - '0');
                if (number > 255) {
                    return Option.none();
                }
                at++;
            }
            pieces[piece] = pieces[piece] * 0x100 + number;
            numbersSeen++;
            if (numbersSeen == 2 || numbersSeen == 4) {
                piece++;
            }
        }
        return numbersSeen == 4 ? Option.some(piece) : Option.none();
    }

    /** Moves the pieces after a {@code ::} to the end; none when there is no {@code ::} and fewer than 8 pieces. */
    private static Option<int[]> arrange(int[] pieces, int filled, int compress) {
        if (compress < 0) {
            return filled == PIECES ? Option.some(pieces) : Option.none();
        }
        int swaps = filled - compress;
        int index = PIECES - 1;
        while (index != 0 && swaps > 0) {
            int other = compress + swaps - 1;
            int kept = pieces[index];
            pieces[index] = pieces[other];
            pieces[other] = kept;
            index--;
            swaps--;
        }
        return Option.some(pieces);
    }

    private static String write(int[] pieces) {
        boolean ipv4Mapped = pieces[0] == 0 && pieces[1] == 0 && pieces[2] == 0 && pieces[3] == 0 && pieces[4] == 0
                && pieces[5] == 0xFFFF;
        if (ipv4Mapped) {
            return "::ffff:" + (pieces[6] >> 8) + "." + (pieces[6] & 0xFF) + "." + (pieces[7] >> 8) + "." + (pieces[7] & 0xFF);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int start = 0; start < PIECES; start++) {
            int end = start;
            while (end < PIECES && pieces[end] == 0) {
                end++;
            }
            if (end - start > bestLength) {
                bestStart = start;
                bestLength = end - start;
            }
        }
        StringBuilder out = new StringBuilder(39);
        for (int i = 0; i < PIECES; i++) {
            if (i == bestStart) {
                out.append(i == 0 ? "::" : ":");
                i += bestLength - 1;
                continue;
            }
            out.append(Integer.toHexString(pieces[i]));
            if (i < PIECES - 1) {
                out.append(':');
            }
        }
        return out.toString();
    }

    private static int hex(char c) {
        return c < 0x80 ? Character.digit(c, 16) : -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
