package org.hotline.domain.hosting.casework;

import java.util.Objects;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.hosting.HostingSummary;
import org.hotline.domain.hosting.IpDataVersion;
import org.hotline.domain.report.Case;

/**
 * The hosting of one case as staff see it: its traces (the latest first), the trace waiting to be made, the
 * settlements, the IP data as it stands now (so that missing data is said before any trace is made), and whether the
 * reader may settle the country now.
 */
public record CaseHosting(Case theCase, Seq<RecordedTrace> traces, Option<TraceJob> waiting, Seq<Settlement> settlements,
        IpDataVersion dataNow, boolean maySettle) {

    public CaseHosting {
        Objects.requireNonNull(theCase, "theCase");
        Objects.requireNonNull(traces, "traces");
        Objects.requireNonNull(waiting, "waiting");
        Objects.requireNonNull(settlements, "settlements");
        Objects.requireNonNull(dataNow, "dataNow");
    }

    /** What the latest trace comes to; none before the first trace. */
    public Option<HostingSummary> summary() {
        return traces.headOption().map(recorded -> recorded.trace().summary());
    }
}
