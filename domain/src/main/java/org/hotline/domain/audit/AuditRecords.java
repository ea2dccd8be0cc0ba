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
}
