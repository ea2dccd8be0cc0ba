package org.hotline.domain.assessment;

import java.util.Map;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.Rejection;
import org.hotline.domain.law.Classification;
import org.hotline.domain.staff.Acting;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * A supervisor's second opinion: a re-assessment of an assessed case, kept beside the first decision. The case
 * follows the appeal; an appeal that reverses a referred case, or one in takedown, to not illegal withdraws the
 * pending referral or notice. Where the home law wants an uninvolved reviewer (as in the UK), nobody who took part in
 * an earlier decision may decide the appeal. The law applied is that of the day the latest decision applied, unless
 * the supervisor corrects it with a reason.
 */
@PrimaryPort
public interface AppealAssessment {

    /** What the law says of the supervisor's answers, with every check {@link #appeal} makes; nothing changed. */
    Either<Rejection<AssessmentRefusal>, Classification> previewAppeal(Acting supervisor, String caseId, Map<String, String> answers,
            Option<LawDateCorrection> correction);

    default Either<Rejection<AssessmentRefusal>, Classification> previewAppeal(Acting supervisor, String caseId, Map<String, String> answers) {
        return previewAppeal(supervisor, caseId, answers, Option.none());
    }

    Either<Rejection<AssessmentRefusal>, Assessment.Recorded> appeal(Acting supervisor, String caseId, Map<String, String> answers,
            Option<LawDateCorrection> correction);

    default Either<Rejection<AssessmentRefusal>, Assessment.Recorded> appeal(Acting supervisor, String caseId, Map<String, String> answers) {
        return appeal(supervisor, caseId, answers, Option.none());
    }
}
