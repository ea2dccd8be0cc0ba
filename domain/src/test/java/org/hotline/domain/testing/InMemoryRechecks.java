package org.hotline.domain.testing;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.hotline.domain.recheck.Recheck;
import org.hotline.domain.recheck.Rechecks;
import org.hotline.domain.report.CaseId;

/** Re-checks in memory, in the order they were added. */
public final class InMemoryRechecks implements Rechecks {

    private List<Recheck> kept = List.empty();

    @Override
    public synchronized void add(Recheck recheck) {
        kept = kept.append(recheck);
    }

    @Override
    public synchronized Seq<Recheck> ofCase(CaseId caseId) {
        return kept.filter(recheck -> recheck.caseId().equals(caseId)).reverse();
    }

    /** Every re-check kept, the first first. */
    public synchronized Seq<Recheck> all() {
        return kept;
    }
}
