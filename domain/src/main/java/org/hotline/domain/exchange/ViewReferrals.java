package org.hotline.domain.exchange;

import io.vavr.collection.Seq;
import org.hotline.domain.report.CaseId;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The referrals of a case, sent or received, each with every status it has had and when: for the case page. */
@PrimaryPort
public interface ViewReferrals {

    Seq<ReferralRecord> referralsOf(CaseId caseId);
}
