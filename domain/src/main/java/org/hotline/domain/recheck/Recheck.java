package org.hotline.domain.recheck;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.hotline.domain.report.CaseId;
import org.hotline.domain.takedown.TakedownId;

/** One re-check of a running takedown's address: when, what was found, and in words why (English, for the record). */
public record Recheck(UUID id, TakedownId takedown, CaseId caseId, String address, Instant at, RecheckOutcome outcome,
        String detail) {

    public Recheck {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(takedown, "takedown");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
    }

    /** Whether the content was there when checked: still there, changed or moved (not gone, and reached). */
    public boolean contentUp() {
        return outcome == RecheckOutcome.STILL_THERE || outcome == RecheckOutcome.CHANGED
                || outcome == RecheckOutcome.MOVED;
    }
}
