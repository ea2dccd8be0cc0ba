package org.hotline.domain.capture.job;

import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.hotline.domain.capture.Capture;
import org.hotline.domain.capture.CapturedItem;
import org.hotline.domain.knowncontent.KnownMatch;
import org.hotline.domain.report.CaseId;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A capture as it is kept: of which case, by which job, what it measured, the identifiers its items are known by
 * (one for each item, in the capture's order), and the entries of lists of known content each item matched when it
 * was captured (nearest first; none for an item not known).
 */
@AggregateRoot
public record RecordedCapture(@Identity CaptureId id, CaseId caseId, CaptureJobId job, Capture capture,
        Seq<ItemId> itemIds, Seq<Seq<KnownMatch>> known) {

    /** A capture none of whose items is known. */
    public RecordedCapture(CaptureId id, CaseId caseId, CaptureJobId job, Capture capture, Seq<ItemId> itemIds) {
        this(id, caseId, job, capture, itemIds, itemIds.map(item -> List.empty()));
    }

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
        Objects.requireNonNull(known, "known");
        if (known.size() != itemIds.size()) {
            throw new IllegalArgumentException("each item has its matches, if only none");
        }
    }

    /** The items with their identifiers, in the capture's order. */
    public Seq<RecordedItem> items() {
        return itemIds.zip(capture.items()).zipWith(known, (item, matches) -> new RecordedItem(item._1, item._2, matches));
    }

    /** How many of the items some list of known content holds. */
    public int knownItems() {
        return known.count(Seq::nonEmpty);
    }

    /** One item of a recorded capture, the identifier it is known by, and the entries it matched (nearest first). */
    public record RecordedItem(ItemId id, CapturedItem item, Seq<KnownMatch> known) {

        public RecordedItem {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(known, "known");
        }

        /** An item no list holds. */
        public RecordedItem(ItemId id, CapturedItem item) {
            this(id, item, List.empty());
        }

        /** Whether some list of known content holds the item. */
        public boolean isKnown() {
            return known.nonEmpty();
        }
    }
}
