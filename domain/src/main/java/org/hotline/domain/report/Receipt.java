package org.hotline.domain.report;

import java.time.Instant;
import java.util.Objects;

import io.vavr.collection.Seq;

/**
 * What a reporter is told once a report is safely stored.
 *
 * @param replayed true when this answers a retry: the report was filed before under the same idempotency key
 */
public record Receipt(ReportId id, ReportReference reference, Instant receivedAt, Seq<CaseLink> links, boolean replayed) {

    public Receipt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(links, "links");
    }

    static Receipt of(Filing filing) {
        Report report = filing.report();
        return new Receipt(report.id(), report.reference(), report.receivedAt(), filing.links(), filing.replayed());
    }
}
