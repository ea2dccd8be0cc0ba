package org.hotline.domain.testing;

import java.util.ArrayList;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.capture.job.Captures;
import org.hotline.domain.capture.job.ItemId;
import org.hotline.domain.capture.job.RecordedCapture;
import org.hotline.domain.report.CaseId;

/** Recorded captures kept in memory, for domain tests. */
public final class InMemoryCaptures implements Captures {

    private final java.util.List<RecordedCapture> captures = new ArrayList<>();

    @Override
    public synchronized void add(RecordedCapture capture) {
        captures.add(capture);
    }

    @Override
    public synchronized Seq<RecordedCapture> ofCase(CaseId caseId) {
        return List.ofAll(captures).filter(c -> c.caseId().equals(caseId)).reverse();
    }

    @Override
    public synchronized Option<RecordedCapture.RecordedItem> item(CaseId caseId, ItemId itemId) {
        return ofCase(caseId).flatMap(RecordedCapture::items).find(item -> item.id().equals(itemId));
    }

    @Override
    public synchronized io.vavr.collection.Map<CaseId, Integer> knownItemsOfLatest(Seq<CaseId> caseIds) {
        return io.vavr.collection.HashMap.ofEntries(caseIds.distinct()
                .flatMap(caseId -> ofCase(caseId).headOption().map(latest -> io.vavr.Tuple.of(caseId, latest.knownItems())))
                .filter(known -> known._2 > 0));
    }

    /** Every capture recorded, oldest first, for assertions. */
    public synchronized List<RecordedCapture> all() {
        return List.ofAll(captures);
    }
}
