package org.hotline.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.domain.testing.TestStaff.analyst;
import static org.hotline.domain.testing.TestStaff.supervisor;

import java.time.Instant;

import io.vavr.control.Option;
import org.hotline.domain.Withdrawal;
import org.hotline.domain.report.Case;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.CaseState;
import org.hotline.domain.testing.ExchangeSamples;
import org.hotline.domain.testing.TestLaw;
import org.junit.jupiter.api.Test;

/**
 * Appeals when they matter most: a case referred to a partner hotline, or in takedown, may be appealed, as when a host
 * contests a notice. A reversal to not illegal closes the case and withdraws what is pending through the ports that
 * sent it; a confirmation leaves the referral or takedown where it is.
 */
class AppealAfterReferralTest {

    private final Workbench bench = new Workbench();

    /** A case assessed illegal by analyst 1, then moved on as the exchange or takedown work would move it. */
    private CaseId assessedThenMovedTo(CaseState pending) {
        String id = bench.aClaimedCase("http://example.org/contested", analyst(1));
        bench.desk.confirm(analyst(1), id, TestLaw.illegal()).get();
        Case assessed = bench.store.byId(AssessmentDeskTest.caseId(id)).get();
        bench.store.put(Case.restore(assessed.id(), assessed.url(), assessed.openedAt(), assessed.firstReport(), pending));
        return assessed.id();
    }

    @Test
    void reversing_a_referred_case_to_not_illegal_closes_it_and_withdraws_the_referral_through_the_exchange() {
        CaseId id = assessedThenMovedTo(new CaseState.Forwarded(Instant.parse("2026-03-02T08:05:00Z"), "NL"));
        bench.exchange.refer(id, ExchangeSamples.referral("BE", "NL")).get();

        Assessment.Recorded appeal = bench.desk.appeal(supervisor(2), id.toString(), TestLaw.notIllegal()).get();

        assertThat(appeal.caseState()).isInstanceOf(CaseState.Closed.class);
        assertThat(bench.exchange.pendingReferral(id)).isEmpty();
        assertThat(bench.exchange.withdrawal(id)).contains("Nothing sexual is shown.");
        assertThat(appeal.withdrawals()).containsExactly(
                new Withdrawal.Withdrawn("the referral to the member hotline of NL"), new Withdrawal.NothingPending());
        assertThat(bench.audit.entries().last().after())
                .contains("referral withdrawn: the referral to the member hotline of NL", "notice nothing pending");
    }

    @Test
    void reversing_a_case_in_takedown_to_not_illegal_withdraws_the_pending_notice() {
        CaseId id = assessedThenMovedTo(new CaseState.InTakedown(Instant.parse("2026-03-02T08:05:00Z")));
        bench.notices.sent(id, "host.example.org");

        Assessment.Recorded appeal = bench.desk.appeal(supervisor(2), id.toString(), TestLaw.notIllegal()).get();

        assertThat(bench.stateOf(id.toString())).isInstanceOf(CaseState.Closed.class);
        assertThat(bench.notices.pendingNotice(id)).isEmpty();
        assertThat(bench.notices.withdrawal(id)).contains("Nothing sexual is shown.");
        assertThat(appeal.withdrawals()).contains(new Withdrawal.Withdrawn("the notice to host.example.org"));
    }

    @Test
    void confirming_a_referred_or_takedown_case_illegal_leaves_it_and_what_is_pending_where_they_are() {
        CaseState inTakedown = new CaseState.InTakedown(Instant.parse("2026-03-02T08:05:00Z"));
        CaseId id = assessedThenMovedTo(inTakedown);
        bench.notices.sent(id, "host.example.org");

        Assessment.Recorded appeal = bench.desk.appeal(supervisor(2), id.toString(), TestLaw.illegal()).get();

        assertThat(appeal.caseState()).isEqualTo(inTakedown);
        assertThat(bench.stateOf(id.toString())).isEqualTo(inTakedown);
        assertThat(appeal.withdrawals()).isEmpty();
        assertThat(bench.notices.pendingNotice(id)).contains("host.example.org");
        assertThat(bench.audit.actions().last()).isEqualTo("case.appealed");
    }

    @Test
    void an_appeal_the_law_does_not_settle_sends_the_case_to_legal_review_and_leaves_the_notice_until_a_lawyer_decides() {
        CaseId id = assessedThenMovedTo(new CaseState.InTakedown(Instant.parse("2026-03-02T08:05:00Z")));
        bench.notices.sent(id, "host.example.org");

        bench.desk.appeal(supervisor(2), id.toString(), TestLaw.unsettled()).get();

        assertThat(bench.stateOf(id.toString())).isInstanceOf(CaseState.AwaitingLegalReview.class);
        assertThat(bench.notices.pendingNotice(id)).contains("host.example.org");
    }

    @Test
    void a_first_assessment_never_withdraws_anything() {
        String id = bench.aClaimedCase("http://example.org/first", analyst(1));
        bench.notices.sent(AssessmentDeskTest.caseId(id), "host.example.org");

        Assessment.Recorded first = bench.desk.confirm(analyst(1), id, TestLaw.notIllegal()).get();

        assertThat(first.withdrawals()).isEmpty();
        assertThat(bench.notices.pendingNotice(AssessmentDeskTest.caseId(id))).contains("host.example.org");
        assertThat(Option.of(bench.audit.entries().last().after()).get()).doesNotContain("withdrawn");
    }
}
