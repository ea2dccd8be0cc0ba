package org.hotline.domain.audit;

import io.vavr.collection.Seq;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Reads the trail back, in order, to verify it. */
@SecondaryPort
public interface AuditRecords {

    /** Up to {@code limit} records after the given sequence number, in sequence order. */
    Seq<AuditRecord> after(long sequence, int limit);

    /** The end of the chain as the trail keeps it; {@link AuditHead#EMPTY} before the first record. */
    AuditHead head();

    /**
     * What exists that could not have come about without records in the trail: accounts (each was created, and the
     * first administrator set up, on the record) and cases (each claim, view and assessment is recorded).
     */
    Activity activity();

    /** How many accounts and cases exist. */
    record Activity(long staffMembers, long cases) {

        public static final Activity NONE = new Activity(0, 0);

        public boolean any() {
            return staffMembers > 0 || cases > 0;
        }
    }
}
