package org.hotline.adapters.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A table as comma-separated values (RFC 4180): a header row, then the rows, each line ended by CR LF, in UTF-8 after a
 * byte-order mark (so that spreadsheet programs read accented names right). A field holding a comma, a quote or a line
 * break is quoted, its quotes doubled; a field a spreadsheet would take for a formula (starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return) is written after an apostrophe, so that a provider's
 * name from outside data is never run as one.
 */
final class Csv {

    static final String CONTENT_TYPE = "text/csv; charset=utf-8";
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private Csv() {
    }

    static byte[] of(List<String> header, List<List<String>> rows) {
        Objects.requireNonNull(header, "header");
        StringBuilder text = new StringBuilder(BYTE_ORDER_MARK);
        line(text, header);
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " fields under " + header.size() + " columns");
            }
            line(text, row);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder text, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(field(fields.get(i)));
        }
        text.append("\r\n");
    }

    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quoted = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quoted ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
