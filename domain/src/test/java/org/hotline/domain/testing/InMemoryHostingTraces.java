package org.hotline.domain.testing;

import java.util.ArrayList;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.hotline.domain.hosting.casework.HostingTraces;
import org.hotline.domain.hosting.casework.RecordedTrace;
import org.hotline.domain.report.CaseId;

/** Hosting traces kept in memory, for domain tests. */
public final class InMemoryHostingTraces implements HostingTraces {

    private final java.util.List<RecordedTrace> traces = new ArrayList<>();

    @Override
    public synchronized void add(RecordedTrace trace) {
        traces.add(trace);
    }

    @Override
    public synchronized Seq<RecordedTrace> ofCase(CaseId caseId) {
        return List.ofAll(traces).filter(trace -> trace.caseId().equals(caseId)).reverse();
    }
}
