package org.hotline.domain.audit;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Seals audit records with a secret key that the database never holds (a keyed MAC over the record's hash). The hash
 * chain shows a record changed or removed by anyone who did not also rewrite every record after it; the seal shows a
 * record written or rewritten by anyone without the key, however carefully they recomputed the hashes: a database
 * superuser, someone with a copy of the database, or a statement slipped in through the program's own connection.
 */
@SecondaryPort
public interface AuditSeal {

    /** The seal of the record with this hash; the same hash always gets the same seal under one key. */
    String sealOf(String recordHash);
}
