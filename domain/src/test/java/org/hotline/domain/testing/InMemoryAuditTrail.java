package org.hotline.domain.testing;

import java.util.ArrayList;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.hotline.domain.audit.AuditChain;
import org.hotline.domain.audit.AuditEntry;
import org.hotline.domain.audit.AuditHead;
import org.hotline.domain.audit.AuditRecord;
import org.hotline.domain.audit.AuditRecords;
import org.hotline.domain.audit.AuditTrail;

/** The audit trail in memory, chained as the real one is, for tests. */
public final class InMemoryAuditTrail implements AuditTrail, AuditRecords {

    private final java.util.List<AuditRecord> records = new ArrayList<>();

    @Override
    public synchronized void record(AuditEntry entry) {
        records.add(AuditChain.append(head(), entry));
    }

    @Override
    public synchronized Seq<AuditRecord> after(long sequence, int limit) {
        return List.ofAll(records).filter(r -> r.sequence() > sequence).take(limit);
    }

    @Override
    public synchronized AuditHead head() {
        return records.isEmpty() ? AuditHead.EMPTY : records.get(records.size() - 1).head();
    }

    /** Every entry recorded so far, oldest first. */
    public synchronized List<AuditEntry> entries() {
        return List.ofAll(records).map(AuditRecord::entry);
    }

    /** The actions recorded so far, oldest first. */
    public List<String> actions() {
        return entries().map(AuditEntry::action);
    }

    /** Replaces a record as someone with write access to the store could, for tests of verification. */
    public synchronized void replace(AuditRecord tampered) {
        records.set((int) tampered.sequence() - 1, tampered);
    }

    /** Removes a record as someone with write access to the store could, for tests of verification. */
    public synchronized void remove(long sequence) {
        records.removeIf(r -> r.sequence() == sequence);
    }
}
