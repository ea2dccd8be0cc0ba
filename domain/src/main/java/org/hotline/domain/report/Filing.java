package org.hotline.domain.report;

import java.util.Objects;

import io.vavr.collection.Map;
import io.vavr.collection.Seq;

/**
 * A stored report, the case each of its addresses went to (in the order of the report's addresses), and the state of
 * each of those cases as it was when the filing was made or read.
 *
 * @param replayed true when the report was filed earlier under the same idempotency key and nothing new was stored
 */
public record Filing(Report report, Seq<CaseLink> links, Map<CaseId, CaseState> caseStates, boolean replayed) {

    public Filing(Report report, Seq<CaseLink> links, Map<CaseId, CaseState> caseStates) {
        this(report, links, caseStates, false);
    }

    public Filing {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(caseStates, "caseStates");
        if (!links.forAll(link -> caseStates.containsKey(link.caseId()))) {
            throw new IllegalArgumentException("every linked case has its state");
        }
        if (links.size() != report.urls().size()) {
            throw new IllegalArgumentException("one case link per address");
        }
    }

    public Filing asReplay() {
        return new Filing(report, links, caseStates, true);
    }

    /** The state of the case a link points to. */
    public CaseState stateOf(CaseLink link) {
        return caseStates.get(link.caseId()).get();
    }
}
