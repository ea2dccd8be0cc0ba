package org.hotline.domain.staff;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Writes the counted sign-ins for unknown usernames to the audit trail, one record per client and stretch. */
@PrimaryPort
public interface ReportUnknownSignIns {

    /** @return how many records were written */
    int reportUnknownSignIns();
}
