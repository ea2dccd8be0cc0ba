package org.hotline.domain.report;

import java.time.Instant;
import java.util.Objects;

import io.vavr.collection.Seq;

/**
 * What a reporter is told once a report is safely stored: its reference, when it arrived, and where each of its
 * addresses went.
 */
public record Receipt(Filing filing) {

    public Receipt {
        Objects.requireNonNull(filing, "filing");
    }

    public ReportId id() {
        return filing.report().id();
    }

    public ReportReference reference() {
        return filing.report().reference();
    }

    public Instant receivedAt() {
        return filing.report().receivedAt();
    }

    public Seq<CaseLink> links() {
        return filing.links();
    }

    /** True when this answers a retry: the report was filed before under the same idempotency key. */
    public boolean replayed() {
        return filing.replayed();
    }
}
