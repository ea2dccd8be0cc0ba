package org.hotline.adapters.capture.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.vavr.control.Option;
import org.hotline.domain.capture.CaptureFailure;

/**
 * The status line and header fields of an HTTP/1.x answer, read within fixed bounds: a line of at most 16 KiB, at
 * most 200 fields, 64 KiB in all. Interim answers ({@code 1xx}) are skipped. Field names are case-insensitive.
 */
record ResponseHead(int status, Map<String, List<String>> fields) {

    static final int LONGEST_LINE = 16 * 1024;
    static final int MOST_FIELDS = 200;
    static final int LARGEST_HEAD = 64 * 1024;
    private static final int MOST_INTERIM_ANSWERS = 10;

    static ResponseHead read(InputStream in) throws IOException {
        int[] budget = {LARGEST_HEAD};
        for (int interim = 0; interim <= MOST_INTERIM_ANSWERS; interim++) {
            ResponseHead head = readOne(in, budget);
            if (head.status() >= 200 || head.status() == 101) {
                return head;
            }
        }
        throw bad("too many interim (1xx) answers");
    }

    /** The first value of a field, if it was sent. */
    Option<String> first(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? Option.none() : Option.some(values.get(0));
    }

    /** Every value of a field, comma-separated lists split, in order. */
    List<String> all(String name) {
        List<String> values = new ArrayList<>();
        for (String value : fields.getOrDefault(name, List.of())) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        return values;
    }

    private static ResponseHead readOne(InputStream in, int[] budget) throws IOException {
        String statusLine = line(in, budget);
        if (statusLine == null) {
            throw bad("the connection closed before an answer");
        }
        if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12 || statusLine.charAt(8) != ' ') {
            throw bad("the answer does not start with an HTTP/1.x status line");
        }
        int status;
        try {
            status = Integer.parseInt(statusLine.substring(9, 12));
        } catch (NumberFormatException e) {
            throw bad("the status is not a number");
        }
        if (status < 100 || (statusLine.length() > 12 && statusLine.charAt(12) != ' ')) {
            throw bad("the status line is malformed");
        }
        Map<String, List<String>> fields = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        String previous = null;
        int count = 0;
        for (String line = line(in, budget); ; line = line(in, budget)) {
            if (line == null) {
                throw bad("the connection closed in the middle of the header");
            }
            if (line.isEmpty()) {
                return new ResponseHead(status, fields);
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && previous != null) {
                List<String> values = fields.get(previous);
                values.set(values.size() - 1, values.get(values.size() - 1) + " " + line.strip());
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || ++count > MOST_FIELDS) {
                throw bad(colon <= 0 ? "a header line has no field name" : "more than " + MOST_FIELDS + " header fields");
            }
            previous = line.substring(0, colon).strip();
            fields.computeIfAbsent(previous, name -> new ArrayList<>()).add(line.substring(colon + 1).strip());
        }
    }

    /** One line without its CR LF (or bare LF), as ISO-8859-1; null at the end of the stream. */
    private static String line(InputStream in, int[] budget) throws IOException {
        StringBuilder out = new StringBuilder(64);
        for (int c = in.read(); ; c = in.read()) {
            if (c < 0) {
                return out.length() == 0 ? null : out.toString();
            }
            if (--budget[0] < 0) {
                throw bad("the header is larger than " + LARGEST_HEAD + " bytes");
            }
            if (c == '\n') {
                int end = out.length();
                return end > 0 && out.charAt(end - 1) == '\r' ? out.substring(0, end - 1) : out.toString();
            }
            if (out.length() >= LONGEST_LINE) {
                throw bad("a header line is longer than " + LONGEST_LINE + " bytes");
            }
            out.append((char) c);
        }
    }

    private static FetchProblem bad(String reason) {
        return new FetchProblem(new CaptureFailure.BadResponse(reason));
    }

}
