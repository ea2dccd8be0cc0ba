package org.hotline.domain.report;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import io.vavr.control.Option;

/**
 * What intake decides for each address of a new report: which case the report joins, and how urgent that case is.
 *
 * <p>A report joins the address's open case. Where the address has none, but its latest closed case was closed as not
 * illegal less than {@code notIllegalWindow} ago, the report joins that closed case: it counts, but nobody assesses
 * the same material again. After the window a new case opens, since what is at an address can change. A case closed
 * for any other reason (the content removed, say) takes in no new reports, and neither does any case closed before
 * it: a report after a takedown is news.
 *
 * <p>This is the one place the rule is written: storage fetches an address's open case and latest closed case
 * ({@link CasesOfAddress}), and {@link IntakeBatch} asks {@link #caseTakingIn}.
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

    /**
     * The case that takes in a report of an address received at {@code receivedAt}: its open case; else its latest
     * closed case, if the rules still let it take in reports; else none, and a new case opens.
     */
    public Option<Case> caseTakingIn(CasesOfAddress cases, Instant receivedAt) {
        return cases.open().orElse(() -> cases.latestClosed().filter(closed -> takesIn(closed, receivedAt)));
    }

    /** True when a report received at {@code receivedAt} of the case's address joins that case. */
    public boolean takesIn(Case existing, Instant receivedAt) {
        CaseState state = existing.state();
        if (state.isOpen()) {
            return true;
        }
        return state instanceof CaseState.Closed closed && closed.reason() == CaseState.ClosureReason.NOT_ILLEGAL
                && !closed.at().isBefore(receivedAt.minus(notIllegalWindow));
    }
}
