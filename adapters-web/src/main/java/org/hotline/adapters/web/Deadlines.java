package org.hotline.adapters.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the server waits for a client, so that clients who send slowly, on purpose or not, cannot hold its
 * connections and threads.
 *
 * @param idle the longest silence on a connection, between two reads or writes
 * @param head the longest a new connection may take to send the head (request line and headers) of its first request
 * @param body the longest a request's body may take to arrive, from the moment the server starts to read it
 * @param minimumBytesPerSecond the slowest a body may arrive, or an answer be taken, on average since it began
 */
public record Deadlines(Duration idle, Duration head, Duration body, long minimumBytesPerSecond) {

    /** What a public form needs from the slowest mobile connection, with room to spare; a reverse proxy adds its own. */
    public static final Deadlines STANDARD = new Deadlines(Duration.ofSeconds(20), Duration.ofSeconds(10),
            Duration.ofSeconds(30), 128);

    public Deadlines {
        Objects.requireNonNull(idle, "idle");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(body, "body");
        for (Duration deadline : new Duration[] {idle, head, body}) {
            if (deadline.isNegative() || deadline.isZero()) {
                throw new IllegalArgumentException("a deadline is longer than zero");
            }
        }
        if (minimumBytesPerSecond < 1) {
            throw new IllegalArgumentException("the slowest rate is at least one byte a second");
        }
    }
}
