package org.hotline.domain.report;

import java.util.Objects;

import org.jmolecules.ddd.annotation.Service;

/** The analyst queue: open cases, oldest first, each with the first few reports folded under it. */
@Service
public final class CaseQueue implements ListAnalystQueue {

    /** The most reports listed under one case; a viral address can have thousands, the count says how many. */
    public static final int REPORTS_SHOWN_PER_CASE = 5;
    public static final int MAX_PAGE = 500;

    private final FindOpenCases openCases;

    public CaseQueue(FindOpenCases openCases) {
        this.openCases = Objects.requireNonNull(openCases, "openCases");
    }

    @Override
    public AnalystQueue list(int limit) {
        int page = Math.max(1, Math.min(limit, MAX_PAGE));
        return new AnalystQueue(openCases.oldestFirst(page, REPORTS_SHOWN_PER_CASE), openCases.countOpen());
    }
}
