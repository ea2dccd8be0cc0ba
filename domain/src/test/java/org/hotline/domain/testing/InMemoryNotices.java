package org.hotline.domain.testing;

import java.util.concurrent.atomic.AtomicLong;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.notice.Notice;
import org.hotline.domain.notice.NoticeRecord;
import org.hotline.domain.notice.NoticeReference;
import org.hotline.domain.notice.NoticeState;
import org.hotline.domain.notice.Notices;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.ReportedUrl;

/**
 * Notices in memory: queued as the database queues them (a queued notice for the same contact, kind, language and
 * legal basis takes in another case's addresses), and marked sent or failed by a test as the outbox's worker would.
 */
public final class InMemoryNotices implements Notices {

    private final AtomicLong numbers = new AtomicLong();
    private List<NoticeRecord> records = List.empty();

    @Override
    public long nextNumber() {
        return numbers.incrementAndGet();
    }

    @Override
    public synchronized NoticeReference queue(Notice notice, CaseId caseId) {
        Option<NoticeRecord> joinable = records.find(kept -> kept.state() instanceof NoticeState.Queued
                && kept.kind() == notice.kind() && kept.notice().language().equals(notice.language())
                && kept.notice().legalBasis().equals(notice.legalBasis())
                && kept.notice().recipient().name().equals(notice.recipient().name())
                && kept.notice().recipient().emails().equals(notice.recipient().emails())
                && kept.notice().recipient().role() == notice.recipient().role());
        if (joinable.isEmpty()) {
            records = records.append(new NoticeRecord(notice, List.of(caseId), new NoticeState.Queued()));
            return notice.reference();
        }
        NoticeRecord kept = joinable.get();
        Seq<ReportedUrl> addresses = kept.notice().addresses().appendAll(notice.addresses()
                .filter(address -> !kept.notice().addresses().map(ReportedUrl::canonical).contains(address.canonical())));
        Notice joined = new Notice(kept.reference(), kept.kind(), kept.notice().language(), kept.notice().recipient(),
                addresses, kept.notice().legalBasis(), kept.notice().issued(), kept.notice().prior());
        records = records.replace(kept, new NoticeRecord(joined, kept.cases().append(caseId).distinct(), kept.state()));
        return kept.reference();
    }

    @Override
    public synchronized Option<NoticeRecord> find(NoticeReference reference) {
        return records.find(record -> record.reference().equals(reference));
    }

    @Override
    public synchronized Seq<NoticeRecord> ofCase(CaseId caseId) {
        return records.filter(record -> record.cases().contains(caseId));
    }

    @Override
    public synchronized Seq<NoticeRecord> needingAttention(int limit) {
        return records.filter(record -> record.state() instanceof NoticeState.Failed
                || record.kind() == org.hotline.domain.notice.NoticeKind.ESCALATION).reverse().take(limit);
    }

    @Override
    public synchronized Seq<NoticeReference> withdraw(CaseId caseId, Seq<ReportedUrl> addresses, String reason,
            java.time.Instant at) {
        Seq<String> withdrawn = addresses.map(ReportedUrl::canonical);
        Seq<NoticeRecord> waiting = records.filter(record -> record.state() instanceof NoticeState.Queued
                && record.cases().contains(caseId));
        for (NoticeRecord kept : waiting) {
            Seq<ReportedUrl> left = kept.notice().addresses().filter(address -> !withdrawn.contains(address.canonical()));
            NoticeRecord changed = kept.cases().size() == 1 || left.isEmpty()
                    ? new NoticeRecord(kept.notice(), kept.cases(), new NoticeState.Withdrawn(at, reason))
                    : new NoticeRecord(new Notice(kept.reference(), kept.kind(), kept.notice().language(),
                            kept.notice().recipient(), left, kept.notice().legalBasis(), kept.notice().issued(),
                            kept.notice().prior()), kept.cases().remove(caseId), kept.state());
            records = records.replace(kept, changed);
        }
        return waiting.map(NoticeRecord::reference);
    }

    /** What the worker does once the notice went or failed for good. */
    public synchronized void mark(NoticeReference reference, NoticeState state) {
        NoticeRecord kept = find(reference).get();
        records = records.replace(kept, new NoticeRecord(kept.notice(), kept.cases(), state));
    }

    /** Every notice queued, in the order they were. */
    public synchronized Seq<NoticeRecord> all() {
        return records;
    }
}
