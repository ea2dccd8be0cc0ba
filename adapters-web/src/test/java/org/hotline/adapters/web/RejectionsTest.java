package org.hotline.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import io.javalin.http.HttpStatus;
import org.hotline.domain.Rejection;
import org.hotline.domain.assessment.AssessmentRefusal;
import org.hotline.domain.assessment.CaseFileRefusal;
import org.hotline.domain.assessment.ClaimRefusal;
import org.hotline.domain.assessment.LawChangesRefusal;
import org.hotline.domain.assessment.LegalDecisionRefusal;
import org.hotline.domain.welfare.WelfareRefusal;
import org.junit.jupiter.api.Test;

class RejectionsTest {

    /** Every reason the workbench can meet, with the answer it gets. */
    private static Map<Rejection.Reason, Rejections.Answer> everyAnswer() {
        Map<Rejection.Reason, Rejections.Answer> answers = new LinkedHashMap<>();
        add(answers, ClaimRefusal.values(), Rejections::answer);
        add(answers, AssessmentRefusal.values(), Rejections::answer);
        add(answers, CaseFileRefusal.values(), Rejections::answer);
        add(answers, WelfareRefusal.values(), Rejections::answer);
        add(answers, LegalDecisionRefusal.values(), Rejections::answer);
        add(answers, LawChangesRefusal.values(), Rejections::answer);
        add(answers, org.hotline.domain.hosting.casework.HostingRefusal.values(), Rejections::answer);
        add(answers, org.hotline.domain.takedown.TakedownRefusal.values(), Rejections::answer);
        return answers;
    }

    private static <R extends Rejection.Reason> void add(Map<Rejection.Reason, Rejections.Answer> answers, R[] reasons,
            Function<R, Rejections.Answer> answer) {
        for (R reason : reasons) {
            answers.put(reason, answer.apply(reason));
        }
    }

    @Test
    void the_same_refusal_gets_the_same_answer_whichever_port_refused() {
        Map<Rejection.Reason, Rejections.Answer> answers = everyAnswer();
        Map<String, Rejections.Answer> byCode = new LinkedHashMap<>();
        answers.forEach((reason, answer) -> {
            Rejections.Answer earlier = byCode.putIfAbsent(reason.code(), answer);
            assertThat(earlier == null || earlier == answer).as(reason.getClass().getSimpleName() + "." + reason)
                    .isTrue();
        });
        assertThat(byCode).containsEntry("case.unknown", Rejections.Answer.NO_SUCH_CASE)
                .containsEntry("staff.role_required", Rejections.Answer.ROLE_REQUIRED)
                .containsEntry("assessment.answers_invalid", Rejections.Answer.INVALID_INPUT)
                .containsEntry("legal.decision_invalid", Rejections.Answer.INVALID_INPUT)
                .containsEntry("welfare.week_out_of_range", Rejections.Answer.INVALID_INPUT)
                .containsEntry("claim.taken", Rejections.Answer.CONFLICT)
                .containsEntry("legal.not_awaiting_review", Rejections.Answer.CONFLICT);
    }

    @Test
    void an_unknown_case_and_a_missing_role_get_a_page_of_their_own_and_the_rest_the_page_again() {
        var unknown = Rejection.of(LegalDecisionRefusal.CASE_UNKNOWN, "There is no case with this identifier.");
        assertThatThrownBy(() -> Rejections.refuseWholePage(Rejections.Answer.NO_SUCH_CASE, unknown))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.getStatus()).isEqualTo(HttpStatus.NOT_FOUND.getCode()));
        var role = Rejection.of(LawChangesRefusal.ROLE_REQUIRED, "This needs the role SUPERVISOR.");
        assertThatThrownBy(() -> Rejections.refuseWholePage(Rejections.Answer.ROLE_REQUIRED, role))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.getStatus()).isEqualTo(HttpStatus.FORBIDDEN.getCode()));

        var invalid = Rejection.of(LegalDecisionRefusal.DECISION_INVALID, "The decision is not complete.");
        Rejections.refuseWholePage(Rejections.Answer.INVALID_INPUT, invalid);
        Rejections.refuseWholePage(Rejections.Answer.CONFLICT, invalid);
        assertThat(Rejections.statusOf(Rejections.Answer.INVALID_INPUT)).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(Rejections.statusOf(Rejections.Answer.CONFLICT)).isEqualTo(HttpStatus.CONFLICT);
    }
}
