package org.hotline.domain.notifying;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.hotline.domain.Rejection;
import org.hotline.domain.notice.NoticeRecord;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.staff.Role;
import org.hotline.domain.takedown.TakedownRefusal;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * The supervisors' list of notices that need a person: escalations (a host that did not act in time, the next
 * contact asked) and notices that could not be sent at all.
 */
@PrimaryPort
public interface ListNoticesNeedingAttention {

    /** The most notices listed, the latest first. */
    int MOST = 100;

    /** Supervisors only. */
    Either<Rejection<TakedownRefusal>, Seq<NoticeRecord>> needingAttention(Acting supervisor);

    /** Where no notices are sent: nothing ever needs attention. */
    static ListNoticesNeedingAttention none() {
        return supervisor -> supervisor.as(TakedownRefusal.ROLE_REQUIRED, Role.SUPERVISOR).map(member -> List.empty());
    }
}
