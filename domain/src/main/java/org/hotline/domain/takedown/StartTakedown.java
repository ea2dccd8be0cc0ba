package org.hotline.domain.takedown;

import java.time.Instant;

import io.vavr.control.Either;
import org.hotline.domain.Rejection;
import org.hotline.domain.law.Procedure;
import org.hotline.domain.report.CaseId;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Starts a case's takedown when its hosting is settled for takedown (the hosting desk asks, in its unit of work). */
@PrimaryPort
public interface StartTakedown {

    /**
     * Starts the takedown of the case on the procedure the home cooperation agreement gives for its verdict (audited
     * as the program's). A case whose takedown runs already keeps it; one whose takedown was withdrawn has it run
     * again, with the steps done before.
     */
    Either<Rejection<TakedownRefusal>, Takedown> start(CaseId caseId, Procedure procedure, Instant at);
}
