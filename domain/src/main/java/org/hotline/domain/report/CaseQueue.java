package org.hotline.domain.report;

import java.time.Instant;
import java.util.Objects;

import org.hotline.domain.Clock;
import org.jmolecules.ddd.annotation.Service;

/**
 * The analyst queue and the other lists of waiting cases: by priority, then oldest first, each case with the first
 * few reports folded under it; a page at a time, narrowed by priority, how long cases have waited, and host.
 */
@Service
public final class CaseQueue implements ListAnalystQueue, ListWaitingCases {

    /** The most reports listed under one case; a viral address can have thousands, the count says how many. */
    public static final int REPORTS_SHOWN_PER_CASE = 5;
    public static final int MAX_PAGE = QueueRequest.MAX_PAGE_SIZE;

    private final FindOpenCases openCases;
    private final Clock clock;

    /** A queue that shows a claim that ran out as free, by the clock's time. */
    public CaseQueue(FindOpenCases openCases, Clock clock) {
        this.openCases = Objects.requireNonNull(openCases, "openCases");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AnalystQueue list(QueueRequest request) {
        Objects.requireNonNull(request, "request");
        Instant now = clock.instant();
        QueueSelection selection = QueueSelection.of(request.filter(), now);
        long waiting = openCases.countWaiting(QueueSelection.all(request.filter().stage()));
        long matching = request.filter().narrows() ? openCases.countWaiting(selection) : waiting;
        var entries = openCases.waiting(selection, request.offset(), request.pageSize(), REPORTS_SHOWN_PER_CASE)
                .map(entry -> entry.asOf(now));
        return new AnalystQueue(entries, openCases.countOpen(), waiting, matching, request);
    }

    @Override
    public AnalystQueue waitingAt(QueueRequest request) {
        return list(request);
    }
}
