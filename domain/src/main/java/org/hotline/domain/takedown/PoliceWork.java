package org.hotline.domain.takedown;

import java.time.LocalDate;
import java.util.Objects;

import io.vavr.collection.Seq;
import org.hotline.domain.report.Case;

/**
 * What waits on the police on a given day: the running takedowns whose next step is the police's or a magistrate's
 * (the oldest first), and the takedowns on police hold, those due for review first, then by review day.
 */
public record PoliceWork(LocalDate today, Seq<Entry> waiting, Seq<Entry> held) {

    /** A takedown with its case. */
    public record Entry(Takedown takedown, Case theCase) {
        public Entry {
            Objects.requireNonNull(takedown, "takedown");
            Objects.requireNonNull(theCase, "theCase");
        }
    }

    public PoliceWork {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(waiting, "waiting");
        Objects.requireNonNull(held, "held");
    }

    /** How many holds are due for review. */
    public int dueForReview() {
        return held.count(entry -> entry.takedown().holdDueForReview(today));
    }
}
