package org.hotline.adapters.capture.fetch;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.hotline.domain.capture.ContentType;

/**
 * Tells what a body is from its first bytes (magic numbers), never from the {@code Content-Type} header or the
 * address: a server can claim an image is a page and a page is an image. Pages are recognised as the HTML standard's
 * sniffing does (a leading tag such as {@code <!DOCTYPE html}, {@code <html}, {@code <body}, ...), and also when
 * text shows such a tag early on.
 */
public final class ContentSniffer {

    /** How many leading bytes are looked at. */
    public static final int WINDOW = 4096;

    private static final String[] LEADING_HTML_TAGS = {
        "<!doctype html", "<html", "<head", "<script", "<iframe", "<h1", "<div", "<font", "<table", "<a", "<style",
        "<title", "<b", "<body", "<br", "<p", "<!--", "<meta", "<img", "<video", "<link"};
    private static final String[] HTML_MARKERS = {"<html", "<body", "<img", "<div", "<a href", "<video", "<meta",
        "<title", "<table", "<p>", "<script", "<iframe"};
    private static final String[] HEIF_BRANDS = {"heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1"};

    private ContentSniffer() {
    }

    public static ContentType sniff(byte[] content) {
        return sniff(content, content.length);
    }

    /** Sniffs the first {@code length} bytes of {@code content}. */
    public static ContentType sniff(byte[] content, int length) {
        int n = Math.min(length, content.length);
        ContentType binary = binary(content, n);
        return binary != null ? binary : textual(content, n);
    }

    private static ContentType binary(byte[] b, int n) {
        if (startsWith(b, n, 0, 0xFF, 0xD8, 0xFF)) {
            return ContentType.JPEG;
        }
        if (startsWith(b, n, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return ContentType.PNG;
        }
        if (ascii(b, n, 0, "GIF87a") || ascii(b, n, 0, "GIF89a")) {
            return ContentType.GIF;
        }
        if (ascii(b, n, 0, "RIFF") && ascii(b, n, 8, "WEBP")) {
            return ContentType.WEBP;
        }
        if (ascii(b, n, 0, "RIFF") && ascii(b, n, 8, "AVI ")) {
            return ContentType.AVI;
        }
        if (isBmp(b, n)) {
            return ContentType.BMP;
        }
        if (startsWith(b, n, 0, 'I', 'I', 0x2A, 0x00) || startsWith(b, n, 0, 'M', 'M', 0x00, 0x2A)) {
            return ContentType.TIFF;
        }
        if (startsWith(b, n, 0, 0x00, 0x00, 0x01, 0x00) && n > 9 && (b[4] != 0 || b[5] != 0) && b[9] == 0) {
            return ContentType.ICO;
        }
        ContentType isoMedia = isoMedia(b, n);
        if (isoMedia != null) {
            return isoMedia;
        }
        if (startsWith(b, n, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
            return indexOf(b, Math.min(n, 64), "webm") >= 0 ? ContentType.WEBM : ContentType.MATROSKA;
        }
        if (startsWith(b, n, 0, 0x00, 0x00, 0x01, 0xBA) || startsWith(b, n, 0, 0x00, 0x00, 0x01, 0xB3)
                || (n > 376 && b[0] == 0x47 && b[188] == 0x47 && b[376] == 0x47)) {
            return ContentType.MPEG;
        }
        if (ascii(b, n, 0, "FLV") && n > 3 && b[3] == 1) {
            return ContentType.FLV;
        }
        if (ascii(b, n, 0, "%PDF-")) {
            return ContentType.PDF;
        }
        if (startsWith(b, n, 0, 'P', 'K', 0x03, 0x04)) {
            return ContentType.ZIP;
        }
        return null;
    }

    /** BMP's "BM" is two letters any text may start with; the reserved bytes and header size must agree too. */
    private static boolean isBmp(byte[] b, int n) {
        if (n < 18 || b[0] != 'B' || b[1] != 'M' || b[6] != 0 || b[7] != 0 || b[8] != 0 || b[9] != 0) {
            return false;
        }
        int header = (b[14] & 0xFF) | (b[15] & 0xFF) << 8 | (b[16] & 0xFF) << 16 | (b[17] & 0xFF) << 24;
        return header == 12 || header == 16 || header == 40 || header == 52 || header == 56 || header == 64
                || header == 108 || header == 124;
    }

    /** ISO base media files (MP4, QuickTime, AVIF, HEIC) start with a box, usually {@code ftyp} and a brand. */
    private static ContentType isoMedia(byte[] b, int n) {
        if (ascii(b, n, 4, "ftyp") && n >= 12) {
            int boxSize = (b[0] & 0xFF) << 24 | (b[1] & 0xFF) << 16 | (b[2] & 0xFF) << 8 | (b[3] & 0xFF);
            int brandsEnd = Math.min(n, Math.max(12, Math.min(boxSize, 256)));
            String major = new String(b, 8, 4, StandardCharsets.ISO_8859_1);
            if (major.equals("avif") || major.equals("avis") || (isHeif(major) && indexOf(b, brandsEnd, "avif") >= 0)) {
                return ContentType.AVIF;
            }
            if (isHeif(major)) {
                return ContentType.HEIC;
            }
            return major.equals("qt  ") ? ContentType.QUICKTIME : ContentType.MP4;
        }
        if (ascii(b, n, 4, "moov") || ascii(b, n, 4, "mdat") || ascii(b, n, 4, "wide") || ascii(b, n, 4, "pnot")) {
            return ContentType.QUICKTIME;
        }
        return null;
    }

    private static boolean isHeif(String brand) {
        for (String heif : HEIF_BRANDS) {
            if (heif.equals(brand)) {
                return true;
            }
        }
        return false;
    }

    private static ContentType textual(byte[] b, int n) {
        int window = Math.min(n, WINDOW);
        int start = startsWith(b, window, 0, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = start; i < window; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) {
                return ContentType.UNKNOWN;
            }
        }
        String text = new String(b, start, window - start, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        String leading = text.stripLeading();
        if (leading.startsWith("<svg") || (leading.startsWith("<?xml") && text.contains("<svg"))) {
            return ContentType.SVG;
        }
        for (String tag : LEADING_HTML_TAGS) {
            if (leading.startsWith(tag) && leading.length() > tag.length() && endsTag(leading.charAt(tag.length()))) {
                return ContentType.HTML;
            }
        }
        for (String marker : HTML_MARKERS) {
            if (text.contains(marker)) {
                return ContentType.HTML;
            }
        }
        return window == start ? ContentType.UNKNOWN : ContentType.TEXT;
    }

    private static boolean endsTag(char c) {
        return c == ' ' || c == '>' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/';
    }

    private static boolean startsWith(byte[] b, int n, int offset, int... expected) {
        if (n < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((b[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] b, int n, int offset, String expected) {
        if (n < offset + expected.length()) {
            return false;
        }
        for (int i = 0; i < expected.length(); i++) {
            if (b[offset + i] != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, int n, String needle) {
        for (int i = 0; i + needle.length() <= n; i++) {
            if (ascii(b, n, i, needle)) {
                return i;
            }
        }
        return -1;
    }
}
