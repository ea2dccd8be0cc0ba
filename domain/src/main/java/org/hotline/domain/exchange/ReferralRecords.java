package org.hotline.domain.exchange;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.report.CaseId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The referrals a hotline sent and received, with their statuses: each kept once, by its identifier. */
@SecondaryPort
public interface ReferralRecords {

    /** Keeps a referral on its case; false when the hotline has it already in that direction (nothing changed). */
    boolean add(ReferralRecord.Direction direction, CaseId caseId, Referral referral);

    Option<ReferralRecord> find(ReferralRecord.Direction direction, ReferralId id);

    /** Keeps a status of a referral; false when it was kept before (by its message identifier). */
    boolean addStatus(ReferralRecord.Direction direction, StatusReport status);

    /** The case's referrals, either way, oldest first, each with its statuses. */
    Seq<ReferralRecord> ofCase(CaseId caseId);
}
