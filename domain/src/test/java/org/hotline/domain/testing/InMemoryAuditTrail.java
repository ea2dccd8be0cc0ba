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
import org.hotline.domain.audit.AuditTrailVerifier;

/**
 * The audit trail in memory, chained, sealed and anchored as the real one is, for tests. The anchor moves with every
 * record, as it does once the program's transaction commits.
 */
public final class InMemoryAuditTrail implements AuditTrail, AuditRecords {

    private final java.util.List<AuditRecord> records = new ArrayList<>();
    private final TestSeal seal = new TestSeal();
    private final InMemoryAuditAnchors anchors = new InMemoryAuditAnchors();
    private Activity activity = Activity.NONE;

    @Override
    public synchronized void record(AuditEntry entry) {
        AuditRecord record = AuditChain.append(head(), entry, seal);
        records.add(record);
        anchors.advance(record.head());
    }

    @Override
    public synchronized Seq<AuditRecord> after(long sequence, int limit) {
        return List.ofAll(records).filter(r -> r.sequence() > sequence).take(limit);
    }

    @Override
    public synchronized AuditHead head() {
        return records.isEmpty() ? AuditHead.EMPTY : records.get(records.size() - 1).head();
    }

    @Override
    public synchronized Activity activity() {
        return activity;
    }

    /** Says that accounts and cases exist, as the stores beside the trail would. */
    public synchronized void holds(Activity existing) {
        this.activity = existing;
    }

    public TestSeal seal() {
        return seal;
    }

    public InMemoryAuditAnchors anchors() {
        return anchors;
    }

    /** The verifier of this trail, with its seal and anchors. */
    public AuditTrailVerifier verifier() {
        return new AuditTrailVerifier(this, seal, anchors);
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

    /** Adds a record as someone with write access to the store could, for tests of verification. */
    public synchronized void append(AuditRecord forged) {
        records.add(forged);
    }
}
