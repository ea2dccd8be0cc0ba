package org.hotline.domain.testing;

import java.util.LinkedHashMap;
import java.util.Map;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.takedown.Takedown;
import org.hotline.domain.takedown.Takedowns;

/** Takedowns kept in memory, one per case, changed only over the version they were made from: for domain tests. */
public final class InMemoryTakedowns implements Takedowns {

    private final Map<CaseId, Takedown> byCase = new LinkedHashMap<>();

    @Override
    public synchronized Option<Takedown> ofCase(CaseId caseId) {
        return Option.of(byCase.get(caseId));
    }

    @Override
    public synchronized Seq<Takedown> running() {
        return List.ofAll(byCase.values()).filter(takedown -> !takedown.isEnded()).sortBy(Takedown::startedAt);
    }

    @Override
    public synchronized void add(Takedown takedown) {
        if (byCase.containsKey(takedown.caseId())) {
            throw new IllegalStateException("case " + takedown.caseId() + " has a takedown already");
        }
        byCase.put(takedown.caseId(), takedown);
    }

    @Override
    public synchronized boolean change(Takedown after) {
        Takedown stored = byCase.get(after.caseId());
        if (stored == null || !stored.id().equals(after.id()) || stored.version() != after.version() - 1) {
            return false;
        }
        byCase.put(after.caseId(), after);
        return true;
    }
}
