package org.hotline.domain.address;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;

/**
 * Percent-escapes and dot segments of paths and queries, normalised by RFC 3986 (sections 6.2.2 and 5.2.4): escapes
 * in upper case, escapes of unreserved characters decoded, everything else left as it means something to the
 * server. An escaped slash ({@code %2F}) stays escaped: it is part of a segment's name, not a separator.
 */
final class Escapes {

    /** Delimiters a path may hold as they are. */
    static final String PATH_DELIMITERS = "/:@!$&'()*+,;=";
    /** Delimiters a query may hold as they are. */
    static final String QUERY_DELIMITERS = "/?:@!$&'()*+,;=";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Escapes() {
    }

    /**
     * Escapes are written in upper case, escapes of unreserved characters are decoded, a stray {@code %} becomes
     * {@code %25}, and every character that may not appear literally (spaces, backslashes, non-ASCII text) is
     * escaped as UTF-8; a lone surrogate is written as U+FFFD, as browsers do.
     */
    static String normalise(String component, String allowedDelimiters) {
        StringBuilder out = new StringBuilder(component.length());
        byte[] bytes = wellFormed(component).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
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

    /** Decodes percent-escapes as UTF-8; null when an escape is malformed. */
    static String decode(String text) {
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

    /**
     * RFC 3986 section 5.2.4, on a path whose escapes are already normalised (so {@code %2E} is a dot). Empty
     * segments ({@code //}) are kept: servers tell {@code /a//b} from {@code /a/b}.
     */
    static String removeDotSegments(String path) {
        String[] segments = path.split("/", -1);
        ArrayDeque<String> output = new ArrayDeque<>();
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

    private static String wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return replaceLoneSurrogates(text);
            }
        }
        return text;
    }

    private static String replaceLoneSurrogates(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }

    private static void appendEscape(StringBuilder out, int value) {
        out.append('%').append(HEX[value >> 4]).append(HEX[value & 0xF]);
    }
}
