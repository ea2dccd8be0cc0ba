package org.hotline.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.domain.assessment.AssessmentDeskTest.caseId;
import static org.hotline.domain.assessment.AssessmentDeskTest.kinds;
import static org.hotline.domain.testing.TestStaff.analyst;
import static org.hotline.domain.testing.TestStaff.supervisor;

import java.time.Duration;

import io.vavr.control.Option;
import org.hotline.domain.report.Case;
import org.hotline.domain.report.CaseState;
import org.hotline.domain.report.IntakeRules;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.staff.Role;
import org.hotline.domain.testing.TestLaw;
import org.hotline.domain.testing.TestStaff;
import org.junit.jupiter.api.Test;

class AppealTest {

    @Test
    void a_supervisor_finds_illegal_what_was_closed_as_not_illegal_and_the_case_goes_on_to_the_hosting_trace() {
        Workbench bench = new Workbench();
        String id = bench.aClaimedCase("http://example.org/a", analyst(1));
        bench.desk.confirm(analyst(1), id, TestLaw.notIllegal()).get();
        bench.clock.advance(Duration.ofHours(2));

        Assessment.Recorded appeal = bench.desk.appeal(supervisor(7), id, TestLaw.illegal()).get();

        assertThat(appeal.kind()).isEqualTo(Assessment.Kind.APPEAL);
        assertThat(bench.stateOf(id)).isEqualTo(new CaseState.AwaitingHostingTrace(bench.clock.instant()));
        assertThat(kinds(bench.assessments.ofCase(caseId(id)))).containsExactly("FIRST NOT_ILLEGAL", "APPEAL ILLEGAL");
        assertThat(bench.files.open(supervisor(7), id).get().assessments().map(a -> a.assessor().get()))
                .containsExactly(TestStaff.staff(1), TestStaff.staff(7));
        var entry = bench.audit.entries().filter(e -> e.action().equals("case.appealed")).single();
        assertThat(entry.role()).contains(Role.SUPERVISOR);
        assertThat(entry.before()).startsWith("CLOSED (NOT_ILLEGAL");
        assertThat(entry.after()).startsWith("AWAITING_HOSTING_TRACE");
    }

    @Test
    void an_appeal_that_finds_not_illegal_closes_a_case_that_awaited_the_hosting_trace() {
        Workbench bench = new Workbench();
        String id = bench.aClaimedCase("http://example.org/a", analyst(1));
        bench.desk.confirm(analyst(1), id, TestLaw.illegal()).get();

        bench.desk.appeal(supervisor(7), id, TestLaw.notIllegal()).get();

        assertThat(bench.stateOf(id)).isEqualTo(new CaseState.Closed(bench.clock.instant(),
                CaseState.ClosureReason.NOT_ILLEGAL, Option.some("Nothing sexual is shown.")));
    }

    @Test
    void where_the_law_wants_an_uninvolved_reviewer_the_first_analyst_may_not_decide_the_appeal() {
        Workbench bench = new Workbench(TestLaw.withUninvolvedReviewer(true));
        String id = bench.aClaimedCase("http://example.org/a", analyst(1));
        bench.desk.confirm(analyst(1), id, TestLaw.notIllegal()).get();
        Acting sameAsSupervisor = new Acting(TestStaff.staff(1), Role.SUPERVISOR);

        assertThat(bench.desk.appeal(sameAsSupervisor, id, TestLaw.illegal()).getLeft().reason())
                .isEqualTo(AssessmentRefusal.REVIEWER_INVOLVED);
        assertThat(bench.desk.previewAppeal(sameAsSupervisor, id, TestLaw.illegal()).getLeft().reason())
                .isEqualTo(AssessmentRefusal.REVIEWER_INVOLVED);
        assertThat(bench.stateOf(id)).isInstanceOf(CaseState.Closed.class);

        bench.desk.appeal(supervisor(7), id, TestLaw.unsettled()).get();
        assertThat(bench.desk.appeal(supervisor(7), id, TestLaw.illegal()).getLeft().reason())
                .as("a supervisor who decided one appeal took part").isEqualTo(AssessmentRefusal.REVIEWER_INVOLVED);
        assertThat(bench.desk.appeal(supervisor(8), id, TestLaw.illegal()).isRight()).isTrue();
        assertThat(kinds(bench.assessments.ofCase(caseId(id))))
                .containsExactly("FIRST NOT_ILLEGAL", "APPEAL NEEDS_LEGAL_REVIEW", "APPEAL ILLEGAL");
    }

    @Test
    void where_the_law_does_not_ask_for_it_the_first_analyst_may_decide_the_appeal_as_supervisor() {
        Workbench bench = new Workbench(TestLaw.withUninvolvedReviewer(false));
        String id = bench.aClaimedCase("http://example.org/a", analyst(1));
        bench.desk.confirm(analyst(1), id, TestLaw.notIllegal()).get();

        assertThat(bench.desk.appeal(new Acting(TestStaff.staff(1), Role.SUPERVISOR), id, TestLaw.illegal()).isRight()).isTrue();
    }

    @Test
    void an_appeal_does_not_reopen_a_case_whose_address_has_another_open_case() {
        Workbench bench = new Workbench();
        String old = bench.aClaimedCase("http://example.org/a", analyst(1));
        bench.desk.confirm(analyst(1), old, TestLaw.notIllegal()).get();
        bench.clock.advance(IntakeRules.DEFAULT_NOT_ILLEGAL_WINDOW.plusDays(1));
        String current = bench.aCase("http://example.org/a");
        CaseState closed = bench.stateOf(old);

        var refused = bench.desk.appeal(supervisor(7), old, TestLaw.illegal()).getLeft();

        assertThat(refused.reason()).isEqualTo(AssessmentRefusal.ADDRESS_HAS_OPEN_CASE);
        assertThat(refused.detail()).contains(current);
        assertThat(bench.stateOf(old)).isEqualTo(closed);
        assertThat(bench.assessments.ofCase(caseId(old))).hasSize(1);
        assertThat(bench.desk.appeal(supervisor(7), old, TestLaw.notIllegal()).isRight())
                .as("an appeal that keeps the case closed is not blocked").isTrue();
    }

    @Test
    void an_appeal_of_a_case_never_assessed_or_closed_once_its_content_was_removed_is_refused() {
        Workbench bench = new Workbench();
        String unassessed = bench.aCase("http://example.org/a");
        assertThat(bench.desk.appeal(supervisor(7), unassessed, TestLaw.illegal()).getLeft().reason())
                .isEqualTo(AssessmentRefusal.NOTHING_TO_APPEAL);

        String id = bench.aClaimedCase("http://example.org/b", analyst(1));
        bench.desk.confirm(analyst(1), id, TestLaw.illegal()).get();
        Case found = bench.store.byId(caseId(id)).get();
        bench.store.put(Case.restore(found.id(), found.url(), found.openedAt(), found.firstReport(),
                new CaseState.Closed(bench.clock.instant(), CaseState.ClosureReason.CONTENT_REMOVED)));
        assertThat(bench.desk.appeal(supervisor(7), id, TestLaw.notIllegal()).getLeft().reason())
                .isEqualTo(AssessmentRefusal.NOT_APPEALABLE);
    }

    @Test
    void only_a_supervisor_appeals_and_a_preview_of_an_appeal_changes_nothing() {
        Workbench bench = new Workbench();
        String id = bench.aClaimedCase("http://example.org/a", analyst(1));
        bench.desk.confirm(analyst(1), id, TestLaw.notIllegal()).get();
        CaseState closed = bench.stateOf(id);

        assertThat(bench.desk.appeal(analyst(2), id, TestLaw.illegal()).getLeft().reason()).isEqualTo(AssessmentRefusal.ROLE_REQUIRED);
        assertThat(bench.desk.previewAppeal(supervisor(7), id, TestLaw.illegal()).get().verdict().kind()).isEqualTo("ILLEGAL");
        assertThat(bench.stateOf(id)).isEqualTo(closed);
        assertThat(bench.assessments.ofCase(caseId(id))).hasSize(1);
        assertThat(bench.audit.actions()).doesNotContain("case.appealed");
    }
}
