package org.hotline.domain.notice;

import java.time.Instant;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.ReportedUrl;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/**
 * The notices of the hotline and its outbox: a notice is queued in the unit of work of the decision that causes it,
 * sent by the outbox's worker (each once, retried after temporary failures), and kept with where it stands.
 */
@SecondaryPort
@Repository
public interface Notices {

    /** The next number of the hotline's notices, for references: 1, 2, 3... never twice. */
    long nextNumber();

    /**
     * Queues a notice about one case's content. Where a notice of the same kind to the same contact, in the same
     * language on the same legal basis, is still waiting in the outbox and not being sent, the case's addresses join
     * it instead, and its reference is answered; else the notice is queued as it is, and its own reference answered.
     */
    NoticeReference queue(Notice notice, CaseId caseId);

    Option<NoticeRecord> find(NoticeReference reference);

    /** The notices about a case, the oldest first. */
    Seq<NoticeRecord> ofCase(CaseId caseId);

    /** Notices that failed for good, and escalations: what staff must see, the latest first, at most {@code limit}. */
    Seq<NoticeRecord> needingAttention(int limit);

    /**
     * Takes the case out of the notices still waiting in the outbox that no instance is sending: a notice about the
     * case alone is withdrawn (it leaves the outbox, kept with why), one shared with other cases goes on without the
     * case and its addresses. Answers the references of the notices it changed; a notice being sent at that moment
     * goes as it is. In the caller's unit of work.
     */
    Seq<NoticeReference> withdraw(CaseId caseId, Seq<ReportedUrl> addresses, String reason, Instant at);
}
