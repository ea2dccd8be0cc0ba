package org.hotline.domain.audit;

import java.util.Objects;

import io.vavr.control.Either;
import org.jmolecules.ddd.annotation.Service;

/** Walks the trail from its first record to its last, a page at a time, and stops at the first break. */
@Service
public final class AuditTrailVerifier implements VerifyAuditTrail {

    static final int PAGE = 1000;

    private final AuditRecords records;

    public AuditTrailVerifier(AuditRecords records) {
        this.records = Objects.requireNonNull(records, "records");
    }

    @Override
    public AuditVerification verify() {
        AuditHead kept = records.head();
        AuditHead verified = AuditHead.EMPTY;
        while (true) {
            var page = records.after(verified.sequence(), PAGE);
            for (AuditRecord record : page) {
                Either<AuditVerification.Broken, AuditHead> next = AuditChain.follows(verified, record);
                if (next.isLeft()) {
                    return next.getLeft();
                }
                verified = next.get();
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        Either<AuditVerification.Broken, AuditHead> end = AuditChain.endsAt(verified, kept);
        return end.isLeft() ? end.getLeft() : new AuditVerification.Intact(verified.sequence(), verified.hash());
    }
}
