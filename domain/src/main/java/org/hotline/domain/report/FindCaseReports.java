package org.hotline.domain.report;

import io.vavr.collection.Seq;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Reads the reports folded into one case, for the analyst who looks at it. */
@SecondaryPort
public interface FindCaseReports {

    /** The case's reports, the first received first; at most {@code limit}. */
    Seq<Report> earliest(CaseId caseId, int limit);

    /** What the reports of the case say about its urgency, all of them counted; none for an unknown case. */
    CaseSignals signals(CaseId caseId);
}
