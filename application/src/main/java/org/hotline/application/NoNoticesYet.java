package org.hotline.application;

import java.time.Instant;

import io.vavr.control.Either;
import org.hotline.domain.Rejection;
import org.hotline.domain.notice.NoticeReference;
import org.hotline.domain.report.Case;
import org.hotline.domain.takedown.HostNotices;
import org.hotline.domain.takedown.Takedown;
import org.hotline.domain.takedown.TakedownRefusal;

/**
 * The notices to hosts, until the registry of abuse contacts and the notice outbox are wired: no host has a contact,
 * so the hotline's notice step is refused (and not recorded) rather than recorded without a notice going out.
 */
final class NoNoticesYet implements HostNotices {

    @Override
    public Either<Rejection<TakedownRefusal>, NoticeReference> firstNotice(Takedown takedown, Case theCase, Instant at) {
        return Either.left(Rejection.of(TakedownRefusal.NOTICE_NOT_SENT, "No abuse contact is registered for this host."));
    }
}
