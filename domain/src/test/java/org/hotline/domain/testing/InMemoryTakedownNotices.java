package org.hotline.domain.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.vavr.control.Option;
import org.hotline.domain.Withdrawal;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.takedown.TakedownNotices;

/** Notices to hosts in memory, for tests: those a test says were sent, pending until withdrawn, and why withdrawn. */
public final class InMemoryTakedownNotices implements TakedownNotices {

    private final Map<CaseId, String> pending = new ConcurrentHashMap<>();
    private final Map<CaseId, String> withdrawn = new ConcurrentHashMap<>();

    /** A notice sent to the host of the case's content, pending from now on. */
    public void sent(CaseId caseId, String host) {
        pending.put(caseId, host);
    }

    @Override
    public Withdrawal withdrawNotice(CaseId caseId, String reason) {
        String host = pending.remove(caseId);
        if (host == null) {
            return new Withdrawal.NothingPending();
        }
        withdrawn.put(caseId, reason);
        return new Withdrawal.Withdrawn("the notice to " + host);
    }

    /** The host the case's pending notice went to, if one is pending. */
    public Option<String> pendingNotice(CaseId caseId) {
        return Option.of(pending.get(caseId));
    }

    /** Why the case's notice was withdrawn, if it was. */
    public Option<String> withdrawal(CaseId caseId) {
        return Option.of(withdrawn.get(caseId));
    }
}
