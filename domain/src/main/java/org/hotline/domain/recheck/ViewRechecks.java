package org.hotline.domain.recheck;

import io.vavr.collection.Seq;
import org.hotline.domain.report.CaseId;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The re-checks of a case, for its page. */
@PrimaryPort
public interface ViewRechecks {

    /** The case's re-checks, the latest first, at most {@code limit}. */
    Seq<Recheck> ofCase(CaseId caseId, int limit);
}
