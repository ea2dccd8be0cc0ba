package org.hotline.domain.assessment;

import io.vavr.collection.List;
import io.vavr.control.Either;
import org.hotline.domain.Rejection;
import org.hotline.domain.law.StatuteReference;
import org.hotline.domain.staff.Acting;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * A legal adviser ends the legal review of a case the law as modelled left open: illegal, with the provisions relied
 * on, or not illegal, with the reasoning. The decision is kept beside the assessments before it, on their answers,
 * and audited; the case moves on (to the hosting trace, or closed), and a finding of not illegal withdraws whatever
 * was still pending from before the review.
 */
@PrimaryPort
public interface DecideLegalReview {

    /** The home law's provisions an adviser may rely on. */
    List<StatuteReference> provisions();

    Either<Rejection<LegalDecisionRefusal>, Assessment.Recorded> decide(Acting adviser, String caseId, LegalDecision decision);
}
