package org.hotline.domain.takedown;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.Rejection;
import org.hotline.domain.staff.Acting;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * What staff do with a case's takedown: read it, record the steps done by the actor their role records for (the police
 * liaison for the police and the judiciary, analysts and supervisors for the hotline), place and lift police holds
 * (the police liaison), and record the content seen gone (analysts and supervisors). Each change is audited, in one
 * unit of work with what it changes.
 */
@PrimaryPort
public interface RunTakedown {

    /** The fields the actions are read from, as their refusals name them. */
    String NOTE_FIELD = "note";
    String REFERENCE_FIELD = "reference";
    String REVIEW_FIELD = "reviewOn";
    String REASON_FIELD = "reason";
    String EVIDENCE_FIELD = "evidence";

    /** The case's takedown as the viewer's role sees it; none when the case has none. Analysts, supervisors, police liaisons. */
    Either<Rejection<TakedownRefusal>, Option<TakedownView>> takedownOf(Acting viewer, String caseId);

    /**
     * Records a step of the case's procedure as done now, with an optional note (a police reference, how the host was
     * asked). The hotline's notice step puts the first notice on its way, or is refused with nothing recorded; a
     * removal check is the content seen gone.
     */
    Either<Rejection<TakedownRefusal>, Takedown> record(Acting who, String caseId, String stepId, String note);

    /** Places a police hold with the police's reference, reviewed on the day given (YYYY-MM-DD). Police liaisons. */
    Either<Rejection<TakedownRefusal>, Takedown> placeHold(Acting who, String caseId, String reference, String reviewOn);

    /** Lifts the police hold, saying why. Police liaisons. */
    Either<Rejection<TakedownRefusal>, Takedown> liftHold(Acting who, String caseId, String reason);

    /** The content was seen gone (the host's word checked): the takedown ends, the case closes. Analysts and supervisors. */
    Either<Rejection<TakedownRefusal>, Takedown> removed(Acting who, String caseId, String evidence);
}
