package org.hotline.adapters.capture.fetch;

import java.time.Duration;

import org.hotline.domain.capture.CaptureFailure;

/**
 * The moment a capture's total time runs out. Every wait of the fetcher (name lookup, connect, TLS handshake, each
 * read) is given the shorter of its own limit and the time left, so a server that trickles one byte at a time is cut
 * off when the total runs out.
 */
public final class Deadline {

    private final long end;
    private final Duration total;

    private Deadline(long end, Duration total) {
        this.end = end;
        this.total = total;
    }

    /** A deadline {@code total} from now. */
    public static Deadline after(Duration total) {
        return new Deadline(System.nanoTime() + total.toNanos(), total);
    }

    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, end - System.nanoTime()));
    }

    public boolean passed() {
        return end - System.nanoTime() <= 0;
    }

    /** The failure recorded when the total ran out. */
    public CaptureFailure.TimedOut failure() {
        return new CaptureFailure.TimedOut(CaptureFailure.TimedOut.Limit.TOTAL, total);
    }

    /**
     * Milliseconds to wait: the shorter of {@code limit} and the time left, at least 1.
     *
     * @throws FetchProblem when the total has run out already
     */
    int millisFor(Duration limit) throws FetchProblem {
        long left = remaining().toMillis();
        if (passed() || left < 1) {
            throw new FetchProblem(failure());
        }
        return (int) Math.max(1, Math.min(Math.min(limit.toMillis(), left), Integer.MAX_VALUE));
    }

    /** Which limit a wait of {@code millis} that timed out ran into. */
    CaptureFailure.TimedOut timedOut(int millis, Duration limit, CaptureFailure.TimedOut.Limit kind) {
        return millis < limit.toMillis() ? failure() : new CaptureFailure.TimedOut(kind, limit);
    }
}
