package org.hotline.domain.exchange;

import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import org.hotline.domain.knowncontent.KnownMatch;
import org.hotline.domain.report.CaseId;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The referrals of a case, sent or received, each with every status it has had and when: for the case page. */
@PrimaryPort
public interface ViewReferrals {

    Seq<ReferralRecord> referralsOf(CaseId caseId);

    /**
     * Of the items a referral carries, those whose SHA-256 or PDQ hash is on this hotline's lists of known content,
     * each with the entries it matches (nearest first), in the referral's order.
     */
    Map<ItemFingerprint, Seq<KnownMatch>> knownItems(Referral referral);
}
