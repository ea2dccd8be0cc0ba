package org.hotline.domain.takedown;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.hotline.domain.Rejection;
import org.hotline.domain.staff.Acting;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * The requests the police make of the hotline about a case: asked by the police liaison, answered by an analyst or a
 * supervisor, each audited.
 */
@PrimaryPort
public interface HandlePoliceRequests {

    /** The fields the actions are read from, as their refusals name them. */
    String CASE_FIELD = "case";
    String REQUEST_FIELD = "request";
    String NEEDED_BY_FIELD = "neededBy";
    String ANSWER_FIELD = "answer";

    /** How many answered requests the police liaison's list shows, the latest first. */
    int RECENTLY_ANSWERED = 20;

    /**
     * Records what the police ask about the case (at most {@value TakedownDesk#MAX_TEXT} characters), needed by the day
     * given (YYYY-MM-DD, today or later) if any. Police liaisons.
     */
    Either<Rejection<TakedownRefusal>, PoliceRequest> ask(Acting liaison, String caseId, String request, String neededBy);

    /** Answers an open request. Analysts and supervisors. */
    Either<Rejection<TakedownRefusal>, PoliceRequest> answer(Acting who, String requestId, String answer);

    /** The requests about a case, the latest first. Analysts, supervisors and police liaisons. */
    Either<Rejection<TakedownRefusal>, Seq<PoliceRequest>> ofCase(Acting viewer, String caseId);

    /** Today in the hotline's time zone: a request needed by it or before is due. */
    java.time.LocalDate today();

    /** The open requests (needed soonest first) and the latest answered. Police liaisons and supervisors. */
    Either<Rejection<TakedownRefusal>, Seq<PoliceRequest>> openAndRecent(Acting viewer);
}
