package org.hotline.domain.welfare;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/** A stretch of time, from an instant until (not including) another. */
public record Interval(Instant from, Instant until) {

    public Interval {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("an interval ends no earlier than it starts: " + from + " to " + until);
        }
    }

    public Duration length() {
        return Duration.between(from, until);
    }

    /** The part of this interval within another; none when they do not overlap. */
    public Option<Interval> within(Interval bounds) {
        Instant start = from.isAfter(bounds.from) ? from : bounds.from;
        Instant end = until.isBefore(bounds.until) ? until : bounds.until;
        return start.isBefore(end) ? Option.some(new Interval(start, end)) : Option.none();
    }

    /** The intervals with every overlap joined, earliest first. */
    public static List<Interval> merged(Seq<Interval> intervals) {
        List<Interval> result = List.empty();
        for (Interval next : intervals.sorted(Comparator.comparing(Interval::from))) {
            if (!result.isEmpty() && !next.from.isAfter(result.last().until)) {
                Interval last = result.last();
                result = result.init().append(new Interval(last.from, next.until.isAfter(last.until) ? next.until : last.until));
            } else {
                result = result.append(next);
            }
        }
        return result;
    }

    /** The time the intervals cover, each moment once however many intervals hold it. */
    public static Duration covered(Seq<Interval> intervals) {
        return merged(intervals).foldLeft(Duration.ZERO, (total, interval) -> total.plus(interval.length()));
    }
}
