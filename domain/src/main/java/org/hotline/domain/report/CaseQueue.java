package org.hotline.domain.report;

import java.time.Instant;
import java.util.Objects;

import org.hotline.domain.Clock;
import org.jmolecules.ddd.annotation.Service;

/**
 * The analyst queue and the other lists of waiting cases: by priority, then oldest first, each case with the first
 * few reports folded under it.
 */
@Service
public final class CaseQueue implements ListAnalystQueue, ListWaitingCases {

    /** The most reports listed under one case; a viral address can have thousands, the count says how many. */
    public static final int REPORTS_SHOWN_PER_CASE = 5;
    public static final int MAX_PAGE = 500;

    private final FindOpenCases openCases;
    private final Clock clock;

    /** A queue that shows a claim that ran out as free, by the clock's time. */
    public CaseQueue(FindOpenCases openCases, Clock clock) {
        this.openCases = Objects.requireNonNull(openCases, "openCases");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AnalystQueue list(int limit) {
        return waitingAt(Stage.ASSESSMENT, limit);
    }

    @Override
    public AnalystQueue waitingAt(Stage stage, int limit) {
        Objects.requireNonNull(stage, "stage");
        int page = Math.max(1, Math.min(limit, MAX_PAGE));
        Instant now = clock.instant();
        return new AnalystQueue(openCases.waiting(stage, page, REPORTS_SHOWN_PER_CASE).map(entry -> entry.asOf(now)),
                openCases.countOpen(), openCases.countWaiting(stage));
    }
}
