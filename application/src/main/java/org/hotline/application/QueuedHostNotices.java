package org.hotline.application;

import java.time.Instant;
import java.util.Objects;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.hotline.domain.Rejection;
import org.hotline.domain.notice.NoticeReference;
import org.hotline.domain.notifying.NoticeDesk;
import org.hotline.domain.report.Case;
import org.hotline.domain.takedown.HostNotices;
import org.hotline.domain.takedown.Takedown;
import org.hotline.domain.takedown.TakedownRefusal;

/**
 * The notices to hosts, through the notice outbox: when the hotline records its notice step, the first notice is
 * queued in the same unit of work for the first contact of the host's escalation path; where none is found (no entry
 * in the registry, nothing through RDAP) the step is refused, saying so, and nothing is recorded. A withdrawn
 * takedown's notices still waiting to go are withdrawn with it.
 */
final class QueuedHostNotices implements HostNotices {

    private final NoticeDesk desk;

    QueuedHostNotices(NoticeDesk desk) {
        this.desk = Objects.requireNonNull(desk, "desk");
    }

    @Override
    public Either<Rejection<TakedownRefusal>, NoticeReference> firstNotice(Takedown takedown, Case theCase, Instant at) {
        return desk.firstNotice(theCase.id(), theCase.url(), at)
                .mapLeft(why -> Rejection.of(TakedownRefusal.NOTICE_NOT_SENT, why));
    }

    @Override
    public Seq<NoticeReference> withdraw(Case theCase, String reason, Instant at) {
        return desk.withdraw(theCase.id(), theCase.url(), reason, at);
    }
}
