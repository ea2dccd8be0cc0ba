package org.hotline.domain.audit;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The append-only, tamper-evident record of what happened. Called inside the {@link org.hotline.domain.UnitOfWork}
 * of the change it records, so that a change is never kept without its record, nor a record without its change.
 * There is no way to change or remove a record.
 */
@SecondaryPort
public interface AuditTrail {

    void record(AuditEntry entry);
}
