package org.hotline.domain.hosting;

import java.time.Instant;
import java.util.Objects;

import io.vavr.collection.Seq;

/**
 * The evidence of where a reported address is hosted: when the trace ran, the version of the IP data it used, and
 * the trace of each host (the page's first, then those its items are served from, each once).
 */
public record HostingTrace(Instant startedAt, Instant finishedAt, IpDataVersion data, Seq<HostTrace> hosts) {

    public HostingTrace {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(hosts, "hosts");
        if (finishedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("a trace finishes after it starts");
        }
        if (hosts.isEmpty() || hosts.map(HostTrace::host).distinct().size() != hosts.size()) {
            throw new IllegalArgumentException("a trace covers one host or more, each once");
        }
    }

    /** The candidate countries and the cautions, for the analyst to settle the hosting country. */
    public HostingSummary summary() {
        return HostingSummary.of(this);
    }
}
