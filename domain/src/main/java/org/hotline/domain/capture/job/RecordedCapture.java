package org.hotline.domain.capture.job;

import java.util.Objects;

import io.vavr.collection.Seq;
import org.hotline.domain.capture.Capture;
import org.hotline.domain.capture.CapturedItem;
import org.hotline.domain.report.CaseId;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A capture as it is kept: of which case, by which job, what it measured, and the identifiers its items are known by
 * (one for each item, in the capture's order).
 */
@AggregateRoot
public record RecordedCapture(@Identity CaptureId id, CaseId caseId, CaptureJobId job, Capture capture,
        Seq<ItemId> itemIds) {

    public RecordedCapture {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(capture, "capture");
        Objects.requireNonNull(itemIds, "itemIds");
        if (itemIds.size() != capture.items().size()) {
            throw new IllegalArgumentException("each item has one identifier");
        }
        if (itemIds.distinct().size() != itemIds.size()) {
            throw new IllegalArgumentException("no two items share an identifier");
        }
    }

    /** The items with their identifiers, in the capture's order. */
    public Seq<RecordedItem> items() {
        return itemIds.zipWith(capture.items(), RecordedItem::new);
    }

    /** One item of a recorded capture, and the identifier it is known by. */
    public record RecordedItem(ItemId id, CapturedItem item) {

        public RecordedItem {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(item, "item");
        }
    }
}
