package org.hotline.domain.takedown;

import java.time.Instant;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.hotline.domain.Rejection;
import org.hotline.domain.notice.NoticeReference;
import org.hotline.domain.report.Case;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The notices that ask hosts to preserve evidence and remove content. The takedown desk asks for the first notice of
 * a takedown when the hotline records its procedure's notice step, in the same unit of work: the step is recorded only
 * if the notice is on its way.
 */
@SecondaryPort
public interface HostNotices {

    /**
     * Puts the first notice of the takedown on its way to the host of the case's content, and answers its reference;
     * or refuses (as {@link TakedownRefusal#NOTICE_NOT_SENT}, saying why: no abuse contact is registered for the host,
     * say), having put nothing on its way.
     *
     * @param takedown the takedown with its notice step recorded
     */
    Either<Rejection<TakedownRefusal>, NoticeReference> firstNotice(Takedown takedown, Case theCase, Instant at);

    /**
     * The takedown of the case was withdrawn (the material was found not illegal after all): its notices still waiting
     * to go must not. Answers the references of the notices withdrawn or changed; in the withdrawal's unit of work.
     */
    Seq<NoticeReference> withdraw(Case theCase, String reason, Instant at);
}
