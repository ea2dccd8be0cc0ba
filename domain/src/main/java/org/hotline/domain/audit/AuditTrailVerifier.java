package org.hotline.domain.audit;

import java.util.Objects;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.Service;

/**
 * Walks the trail from its first record to its last, a page at a time, and stops at the first break: a record out of
 * place, changed, unsealed or sealed without the key; an end that is not the end the trail keeps; an end short of the
 * anchor kept outside the database, or another record where the anchor points; or an empty trail while accounts or
 * cases exist, which could not have come about without records.
 */
@Service
public final class AuditTrailVerifier implements VerifyAuditTrail {

    static final int PAGE = 1000;

    private final AuditRecords records;
    private final AuditSeal seal;
    private final AuditAnchors anchors;

    public AuditTrailVerifier(AuditRecords records, AuditSeal seal, AuditAnchors anchors) {
        this.records = Objects.requireNonNull(records, "records");
        this.seal = Objects.requireNonNull(seal, "seal");
        this.anchors = Objects.requireNonNull(anchors, "anchors");
    }

    @Override
    public AuditVerification verify() {
        Option<AuditAnchor> anchor = anchors.latest();
        AuditHead kept = records.head();
        Walked walked = walk(anchor.map(AuditAnchor::sealedFrom).getOrElse(1L), anchor.map(a -> a.head().sequence()));
        if (walked.broken().isDefined()) {
            return walked.broken().get();
        }
        AuditHead verified = walked.end();
        Either<AuditVerification.Broken, AuditHead> end = AuditChain.endsAt(verified, kept);
        if (end.isLeft()) {
            return end.getLeft();
        }
        if (verified.sequence() == 0 && records.activity().any()) {
            AuditRecords.Activity activity = records.activity();
            return new AuditVerification.Broken(1, 0, "the trail is empty, but " + activity.staffMembers()
                    + " accounts and " + activity.cases() + " cases exist, which cannot come about without records");
        }
        if (anchor.isEmpty()) {
            return verified.sequence() == 0
                    ? new AuditVerification.Intact(0, verified.hash(), 0, 1)
                    : new AuditVerification.Broken(1, 0, "there is no anchor of the trail outside the database, so "
                            + "nothing shows that records were not removed from its end; verify where the program runs");
        }
        Either<AuditVerification.Broken, AuditHead> anchored = AuditChain.reaches(verified, anchor.get(),
                walked.hashAtAnchor().getOrElse(AuditHead.EMPTY.hash()));
        if (anchored.isLeft()) {
            return anchored.getLeft();
        }
        return new AuditVerification.Intact(verified.sequence(), verified.hash(), anchor.get().head().sequence(),
                anchor.get().sealedFrom());
    }

    /** The chain verified record by record, with the hash found at the anchor's place, or the first break. */
    private record Walked(AuditHead end, Option<String> hashAtAnchor, Option<AuditVerification.Broken> broken) {
    }

    private Walked walk(long sealedFrom, Option<Long> anchoredAt) {
        AuditHead verified = AuditHead.EMPTY;
        Option<String> hashAtAnchor = Option.none();
        while (true) {
            var page = records.after(verified.sequence(), PAGE);
            for (AuditRecord record : page) {
                Either<AuditVerification.Broken, AuditHead> next = AuditChain.follows(verified, record, seal, sealedFrom);
                if (next.isLeft()) {
                    return new Walked(verified, hashAtAnchor, Option.some(next.getLeft()));
                }
                verified = next.get();
                if (anchoredAt.contains(record.sequence())) {
                    hashAtAnchor = Option.some(record.hash());
                }
            }
            if (page.size() < PAGE) {
                return new Walked(verified, hashAtAnchor, Option.none());
            }
        }
    }
}
