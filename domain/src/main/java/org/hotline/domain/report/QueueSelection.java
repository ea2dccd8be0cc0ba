package org.hotline.domain.report;

import java.time.Instant;
import java.util.Objects;

import io.vavr.control.Option;

/**
 * A {@link QueueFilter} as a store applies it at one moment: how long cases have waited becomes bounds on when they
 * were opened. {@link #admits} is the rule; a store that selects in its own language selects what it admits.
 *
 * @param openedAtOrBefore cases opened at or before this time only
 * @param openedAfter cases opened after this time only
 */
public record QueueSelection(Stage stage, Option<Priority> priority, Option<Instant> openedAtOrBefore,
        Option<Instant> openedAfter, Option<String> host) {

    public QueueSelection {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(openedAtOrBefore, "openedAtOrBefore");
        Objects.requireNonNull(openedAfter, "openedAfter");
        Objects.requireNonNull(host, "host");
    }

    public static QueueSelection of(QueueFilter filter, Instant now) {
        return new QueueSelection(filter.stage(), filter.priority(), filter.waiting().atLeast().map(now::minus),
                filter.waiting().lessThan().map(now::minus), filter.host());
    }

    /** Every case waiting at the stage. */
    public static QueueSelection all(Stage stage) {
        return new QueueSelection(stage, Option.none(), Option.none(), Option.none(), Option.none());
    }

    /** Whether a case, with its priority, is in the selection. */
    public boolean admits(Case candidate, Priority ranked) {
        return stage.holds(candidate.state())
                && priority.forAll(wanted -> wanted == ranked)
                && openedAtOrBefore.forAll(bound -> !candidate.openedAt().isAfter(bound))
                && openedAfter.forAll(bound -> candidate.openedAt().isAfter(bound))
                && host.forAll(wanted -> QueueFilter.onHost(candidate.url().host(), wanted));
    }
}
