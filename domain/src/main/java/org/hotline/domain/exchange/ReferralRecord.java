package org.hotline.domain.exchange;

import java.util.Objects;

import io.vavr.collection.Seq;
import org.hotline.domain.report.CaseId;
import org.jmolecules.ddd.annotation.ValueObject;

/** A referral as a hotline keeps it on a case: sent or received, with every status it has had, oldest first. */
@ValueObject
public record ReferralRecord(Referral referral, CaseId caseId, Direction direction, Seq<StatusReport> statuses) {

    /** Whether the hotline sent the referral or received it. */
    public enum Direction { OUTGOING, INCOMING }

    public ReferralRecord {
        Objects.requireNonNull(referral, "referral");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(statuses, "statuses");
    }
}
