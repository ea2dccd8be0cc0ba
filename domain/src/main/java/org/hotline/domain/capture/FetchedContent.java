package org.hotline.domain.capture;

import java.util.Objects;

import org.hotline.domain.report.ReportedUrl;

/**
 * Content fetched for the moment, held in memory only: the final answer and the bytes (decompressed). The bytes are
 * handed over as they are, not copied, since they can be tens of megabytes; whoever holds them measures them and
 * lets them go. They are never written to a file, a log or a database, and {@link #toString()} never shows them.
 */
public final class FetchedContent {

    private final Answer answer;
    private final byte[] bytes;

    public FetchedContent(Answer answer, byte[] bytes) {
        this.answer = Objects.requireNonNull(answer, "answer");
        this.bytes = Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != answer.size()) {
            throw new IllegalArgumentException("the answer's size is the content's length");
        }
    }

    public Answer answer() {
        return answer;
    }

    /** The final address, once redirects were followed. */
    public ReportedUrl address() {
        return answer.address();
    }

    public ContentType type() {
        return answer.type();
    }

    /** The content itself (not a copy): in memory only, never to be kept. */
    public byte[] bytes() {
        return bytes;
    }

    @Override
    public String toString() {
        return "FetchedContent[" + answer.address() + ", " + answer.type().mediaType() + ", " + bytes.length + " bytes]";
    }
}
