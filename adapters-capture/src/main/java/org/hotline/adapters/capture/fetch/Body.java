package org.hotline.adapters.capture.fetch;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

import org.hotline.domain.capture.CaptureFailure;

/**
 * Reads an answer's body into memory within a hard limit. The framing comes from the header (chunked, a length, or
 * until the connection closes), but the limit never does: a {@code Content-Length} is believed only to refuse early,
 * and reading stops one byte past the limit whatever the header said. {@code gzip} and {@code deflate} are undone as
 * the bytes arrive, and the limit applies to what comes out, so a small compressed body that would expand to
 * gigabytes (a gzip bomb) stops at the limit too. The compressed bytes are bounded as well.
 */
final class Body {

    /** Room for compression framing on top of the limit, for the bytes on the wire. */
    private static final long WIRE_SLACK = 1024 * 1024;
    private static final int MOST_CODINGS = 2;

    private Body() {
    }

    static byte[] read(ResponseHead head, InputStream in, long limit) throws IOException {
        long wireLimit = limit + WIRE_SLACK;
        InputStream framed = framed(head, in, wireLimit);
        InputStream decoded = decoded(head, new Capped(framed, wireLimit));
        try {
            return readAll(decoded, limit);
        } catch (ZipException | EOFException e) {
            throw new FetchProblem(new CaptureFailure.BadResponse("the compressed body is broken or cut short"));
        }
    }

    private static InputStream framed(ResponseHead head, InputStream in, long wireLimit) throws IOException {
        if (head.status() == 204 || head.status() == 304) {
            return InputStream.nullInputStream();
        }
        List<String> transfer = head.all("Transfer-Encoding");
        if (!transfer.isEmpty()) {
            return transfer.get(transfer.size() - 1).equalsIgnoreCase("chunked") ? new Chunked(in) : in;
        }
        List<String> lengths = head.fields().getOrDefault("Content-Length", List.of());
        if (lengths.isEmpty()) {
            return in;
        }
        long length = contentLength(lengths);
        if (length > wireLimit) {
            throw new FetchProblem(new CaptureFailure.TooLarge(wireLimit - WIRE_SLACK));
        }
        return new Fixed(in, length);
    }

    private static long contentLength(List<String> values) throws FetchProblem {
        long length = -1;
        for (String value : values) {
            for (String part : value.split(",")) {
                long parsed = parseLength(part.strip());
                if (length >= 0 && parsed != length) {
                    throw new FetchProblem(new CaptureFailure.BadResponse("conflicting Content-Length values"));
                }
                length = parsed;
            }
        }
        return length;
    }

    private static long parseLength(String text) throws FetchProblem {
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new FetchProblem(new CaptureFailure.BadResponse("the Content-Length is not a number"));
        }
        return Long.parseLong(text);
    }

    private static InputStream decoded(ResponseHead head, InputStream in) throws IOException {
        List<String> codings = head.all("Content-Encoding").stream().map(c -> c.toLowerCase(Locale.ROOT))
                .filter(c -> !c.equals("identity")).toList();
        if (codings.size() > MOST_CODINGS) {
            throw new FetchProblem(new CaptureFailure.BadResponse("the body is compressed more than twice over"));
        }
        InputStream out = in;
        for (int i = codings.size() - 1; i >= 0; i--) {
            out = switch (codings.get(i)) {
                case "gzip", "x-gzip" -> gunzip(out);
                case "deflate" -> inflate(out);
                default -> throw new FetchProblem(new CaptureFailure.BadResponse(
                        "the body is encoded as " + codings.get(i) + ", which was not asked for"));
            };
        }
        return out;
    }

    private static InputStream gunzip(InputStream in) throws IOException {
        try {
            return new GZIPInputStream(in, 8192);
        } catch (ZipException | EOFException e) {
            throw new FetchProblem(new CaptureFailure.BadResponse("the body is said to be gzip but is not"));
        }
    }

    /** "deflate" is meant to be zlib-wrapped, but some servers send raw deflate; the first two bytes tell which. */
    private static InputStream inflate(InputStream in) throws IOException {
        PushbackInputStream peek = new PushbackInputStream(in, 2);
        int first = peek.read();
        int second = first < 0 ? -1 : peek.read();
        if (second >= 0) {
            peek.unread(second);
        }
        if (first >= 0) {
            peek.unread(first);
        }
        boolean zlib = first >= 0 && second >= 0 && (first & 0x0F) == 8 && ((first << 8) | second) % 31 == 0;
        return new InflaterInputStream(peek, new Inflater(!zlib), 8192);
    }

    private static byte[] readAll(InputStream in, long limit) throws IOException {
        byte[] buffer = new byte[(int) Math.min(limit + 1, 64 * 1024)];
        int size = 0;
        while (true) {
            if (size == buffer.length) {
                if (size > limit) {
                    throw new FetchProblem(new CaptureFailure.TooLarge(limit));
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min(limit + 1, (long) buffer.length * 2));
            }
            int read = in.read(buffer, size, buffer.length - size);
            if (read < 0) {
                break;
            }
            size += read;
        }
        if (size > limit) {
            throw new FetchProblem(new CaptureFailure.TooLarge(limit));
        }
        return size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
    }

    /** Stops a stream past a number of bytes, whatever the framing says. */
    private static final class Capped extends FilterInputStream {
        private final long limit;
        private long seen;

        Capped(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int read = super.read(b, off, len);
            if (read > 0) {
                seen += read;
                if (seen > limit) {
                    throw new FetchProblem(new CaptureFailure.TooLarge(limit - WIRE_SLACK));
                }
            }
            return read;
        }
    }

    /** Exactly {@code length} bytes; a connection that closes before them is a truncated answer. */
    private static final class Fixed extends FilterInputStream {
        private long left;

        Fixed(InputStream in, long length) {
            super(in);
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left == 0) {
                return -1;
            }
            int read = super.read(b, off, (int) Math.min(len, left));
            if (read < 0) {
                throw new FetchProblem(new CaptureFailure.BadResponse("the body ended before its Content-Length"));
            }
            left -= read;
            return read;
        }
    }

    /** The chunked transfer coding: hexadecimal sizes, each line bounded, trailers skipped. */
    private static final class Chunked extends InputStream {
        private final InputStream in;
        private long left;
        private boolean done;

        Chunked(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            if (left == 0) {
                left = nextChunkSize();
                if (left == 0) {
                    skipTrailers();
                    done = true;
                    return -1;
                }
            }
            int read = in.read(b, off, (int) Math.min(len, left));
            if (read < 0) {
                throw new FetchProblem(new CaptureFailure.BadResponse("the body ended in the middle of a chunk"));
            }
            left -= read;
            if (left == 0) {
                endOfChunk();
            }
            return read;
        }

        private long nextChunkSize() throws IOException {
            String line = line();
            int end = 0;
            while (end < line.length() && Character.digit(line.charAt(end), 16) >= 0) {
                end++;
            }
            if (end == 0 || end > 15) {
                throw new FetchProblem(new CaptureFailure.BadResponse("a chunk size is malformed"));
            }
            return Long.parseLong(line.substring(0, end), 16);
        }

        private void endOfChunk() throws IOException {
            if (!line().isEmpty()) {
                throw new FetchProblem(new CaptureFailure.BadResponse("a chunk is longer than its size"));
            }
        }

        private void skipTrailers() throws IOException {
            for (int i = 0; i < ResponseHead.MOST_FIELDS; i++) {
                if (line().isEmpty()) {
                    return;
                }
            }
            throw new FetchProblem(new CaptureFailure.BadResponse("too many trailer fields"));
        }

        private String line() throws IOException {
            StringBuilder out = new StringBuilder(16);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new FetchProblem(new CaptureFailure.BadResponse("the body ended in the middle of a chunk"));
                }
                if (out.length() >= 4096) {
                    throw new FetchProblem(new CaptureFailure.BadResponse("a chunk line is too long"));
                }
                if (c != '\r') {
                    out.append((char) c);
                }
            }
            return out.toString();
        }
    }
}
