package org.hotline.domain.audit;

import java.util.Objects;

/** The outcome of verifying the whole trail: intact, or broken from a named record on. */
public sealed interface AuditVerification permits AuditVerification.Intact, AuditVerification.Broken {

    /**
     * Every record is in place, unchanged and sealed, and the trail reaches its anchor.
     *
     * @param records how many records the trail holds
     * @param lastHash the hash of the last one
     * @param anchoredAt the record the anchor outside the database names (0 for an empty trail)
     * @param sealedFrom the first record that had to carry a seal; those before it were written before sealing began
     */
    record Intact(long records, String lastHash, long anchoredAt, long sealedFrom) implements AuditVerification {
    }

    /**
     * The chain breaks at record {@code sequence}; every record before it verified.
     *
     * @param sequence the first record that is missing, changed or out of place
     * @param verifiedUpTo the last record that verified (0 when none did)
     * @param reason what is wrong, in one sentence
     */
    record Broken(long sequence, long verifiedUpTo, String reason) implements AuditVerification {

        public Broken {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
