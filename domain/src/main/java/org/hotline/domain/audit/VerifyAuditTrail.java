package org.hotline.domain.audit;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Verifies the whole audit trail and names the first broken record. */
@PrimaryPort
public interface VerifyAuditTrail {

    AuditVerification verify();
}
