package org.hotline.domain.testing;

import java.util.ArrayList;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.hotline.domain.hosting.casework.Settlement;
import org.hotline.domain.hosting.casework.Settlements;
import org.hotline.domain.report.CaseId;

/** Settled hosting countries kept in memory, for domain tests. */
public final class InMemorySettlements implements Settlements {

    private final java.util.List<Settlement> settlements = new ArrayList<>();

    @Override
    public synchronized void add(Settlement settlement) {
        settlements.add(settlement);
    }

    @Override
    public synchronized Seq<Settlement> ofCase(CaseId caseId) {
        return List.ofAll(settlements).filter(settlement -> settlement.caseId().equals(caseId)).reverse();
    }
}
