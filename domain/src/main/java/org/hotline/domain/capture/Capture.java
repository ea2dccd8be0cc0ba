package org.hotline.domain.capture;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.report.ReportedUrl;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What was at a reported address when the system looked, as measurements: when, the address asked for, the redirects
 * followed ({@code redirects}, in order), the final answer (its address, the network address connected to, status,
 * kept headers, sniffed type and size), the page's title, and its items. Never the content itself.
 *
 * <p>A capture that went wrong keeps what it learnt before it did and says why in {@code failure}; a capture whose
 * page was fetched but some of whose items were not is not a failure: each such item says why. A page with more items
 * than the limit has the first ones measured and counts the rest in {@code itemsOmitted}.
 */
@ValueObject
public record Capture(ReportedUrl requested, Instant startedAt, Duration took, Seq<Hop> redirects, Option<Answer> answer,
        Option<String> title, Seq<CapturedItem> items, int itemsOmitted, Option<CaptureFailure> failure) {

    /** Longest title kept. */
    public static final int LONGEST_TITLE = 500;

    public Capture {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(took, "took");
        Objects.requireNonNull(redirects, "redirects");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(failure, "failure");
        if (took.isNegative()) {
            throw new IllegalArgumentException("a capture takes no negative time");
        }
        if (itemsOmitted < 0) {
            throw new IllegalArgumentException("omitted items are counted from zero");
        }
        if (answer.isEmpty() && failure.isEmpty()) {
            throw new IllegalArgumentException("a capture without an answer says why");
        }
        title = Objects.requireNonNull(title, "title").map(Capture::tidyTitle).filter(t -> !t.isEmpty());
    }

    /** The address the content was finally fetched from, once redirects were followed. */
    public Option<ReportedUrl> finalAddress() {
        return answer.map(Answer::address);
    }

    /** True when the page (or the reported item itself) was fetched; its items may still have failed one by one. */
    public boolean succeeded() {
        return failure.isEmpty();
    }

    /** White space runs become one space; control characters go; the title is cut to {@value #LONGEST_TITLE} characters. */
    private static String tidyTitle(String title) {
        StringBuilder out = new StringBuilder(Math.min(title.length(), LONGEST_TITLE));
        boolean space = false;
        for (int i = 0; i < title.length() && out.length() < LONGEST_TITLE; i++) {
            char c = title.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.length() > LONGEST_TITLE ? out.substring(0, LONGEST_TITLE) : out.toString();
    }
}
