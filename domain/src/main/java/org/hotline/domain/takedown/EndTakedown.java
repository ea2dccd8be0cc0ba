package org.hotline.domain.takedown;

import java.time.Instant;

import io.vavr.control.Either;
import org.hotline.domain.Rejection;
import org.hotline.domain.report.CaseId;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** What ends a takedown without a member of staff: the content seen gone by a re-check, or a withdrawal. */
@PrimaryPort
public interface EndTakedown {

    /**
     * The program saw the content gone (a re-check): the takedown ends as removed and the case closes as content
     * removed, audited as the program's. Refused as the takedown refuses it (no notice yet, a police hold), and for
     * a case without a takedown.
     */
    Either<Rejection<TakedownRefusal>, Takedown> removalSeen(CaseId caseId, String evidence, Instant at);

    /** Withdraws the case's takedown, as when an appeal finds the material not illegal (audited as the program's). */
    Either<Rejection<TakedownRefusal>, Takedown> withdraw(CaseId caseId, String reason, Instant at);
}
