package org.hotline.domain.welfare;

import java.time.Instant;
import java.util.Objects;

import org.hotline.domain.report.CaseId;
import org.hotline.domain.staff.StaffId;

/** One thing an analyst was exposed to, counted in their exposure log: an item assessed, or a preview revealed. */
public record Exposure(StaffId analyst, Kind kind, CaseId caseId, Instant at) {

    public enum Kind {
        /** An assessment recorded, first or on appeal. */
        ITEM_ASSESSED,
        /** A blurred, greyscale preview shown as it is, by the analyst's choice. */
        PREVIEW_REVEALED
    }

    public Exposure {
        Objects.requireNonNull(analyst, "analyst");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(at, "at");
    }
}
