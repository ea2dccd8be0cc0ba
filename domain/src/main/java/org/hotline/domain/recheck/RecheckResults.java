package org.hotline.domain.recheck;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.report.CaseId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The re-checks kept, as other parts read them: the case page, and the reminders and escalations of notices (is the
 * content still up a day after the notice, past the agreement's target?).
 */
@SecondaryPort
public interface RecheckResults {

    /** The case's re-checks, the latest first. */
    Seq<Recheck> ofCase(CaseId caseId);

    /** The case's latest re-check, if it had one. */
    default Option<Recheck> latestOf(CaseId caseId) {
        return ofCase(caseId).headOption();
    }
}
