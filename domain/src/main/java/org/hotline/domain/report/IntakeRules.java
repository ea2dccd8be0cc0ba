package org.hotline.domain.report;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What intake decides for each address of a new report: which case the report joins, and how urgent that case is.
 *
 * <p>A report joins the address's open case. Where the address has none, but a case of it was closed as not illegal
 * less than {@code notIllegalWindow} ago, the report joins that closed case (the latest, if there were several): it
 * counts, but nobody assesses the same material again. After the window a new case opens, since what is at an address can change. A case closed
 * for any other reason never takes in new reports.
 */
public record IntakeRules(Duration notIllegalWindow, QueuePriority priority) {

    public static final Duration DEFAULT_NOT_ILLEGAL_WINDOW = Duration.ofDays(30);

    public IntakeRules {
        Objects.requireNonNull(notIllegalWindow, "notIllegalWindow");
        Objects.requireNonNull(priority, "priority");
        if (notIllegalWindow.isNegative()) {
            throw new IllegalArgumentException("the window for folding into a closed case cannot be negative");
        }
    }

    public static IntakeRules standard() {
        return new IntakeRules(DEFAULT_NOT_ILLEGAL_WINDOW, QueuePriority.standard());
    }

    /** The earliest closing time of a not-illegal case that still takes in a report received at {@code receivedAt}. */
    public Instant closedNotIllegalSince(Instant receivedAt) {
        return receivedAt.minus(notIllegalWindow);
    }

    /** True when a report received at {@code receivedAt} of the case's address joins that case. */
    public boolean takesIn(Case existing, Instant receivedAt) {
        CaseState state = existing.state();
        if (state.isOpen()) {
            return true;
        }
        return state instanceof CaseState.Closed closed && closed.reason() == CaseState.ClosureReason.NOT_ILLEGAL
                && !closed.at().isBefore(closedNotIllegalSince(receivedAt));
    }
}
