package org.hotline.domain.testing;

import java.util.concurrent.CopyOnWriteArrayList;

import io.vavr.collection.List;
import org.hotline.domain.audit.AuditEntry;
import org.hotline.domain.audit.AuditTrail;

/** An audit trail that collects its entries in memory, in order, for tests to read. */
public final class InMemoryAuditTrail implements AuditTrail {

    private final java.util.List<AuditEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void record(AuditEntry entry) {
        entries.add(entry);
    }

    public List<AuditEntry> entries() {
        return List.ofAll(entries);
    }

    /** The actions recorded, in order: {@code case.claimed}, {@code case.assessed}, ... */
    public List<String> actions() {
        return entries().map(AuditEntry::action);
    }
}
