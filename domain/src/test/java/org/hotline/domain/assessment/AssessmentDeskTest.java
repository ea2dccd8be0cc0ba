package org.hotline.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.domain.testing.TestStaff.analyst;
import static org.hotline.domain.testing.TestStaff.supervisor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.FieldError;
import org.hotline.domain.law.Classification;
import org.hotline.domain.law.Question;
import org.hotline.domain.law.Verdict;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.CaseState;
import org.hotline.domain.report.ClaimSettings;
import org.hotline.domain.report.QueueEntry;
import org.hotline.domain.report.Stage;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.testing.TestLaw;
import org.hotline.domain.testing.TestStaff;
import org.hotline.domain.welfare.Exposure;
import org.hotline.domain.welfare.Spell;
import org.junit.jupiter.api.Test;

class AssessmentDeskTest {

    private final Workbench bench = new Workbench();

    @Test
    void the_form_asks_the_home_laws_questions() {
        assertThat(bench.desk.questionnaire().questions().map(Question::id))
                .containsExactly("media", "age", "realChild", "content", TestLaw.WATERMARKED);
    }

    @Test
    void a_preview_shows_the_verdict_with_its_statutes_and_the_baseline_flag_and_changes_nothing() {
        String id = bench.aClaimedCase("http://example.org/a", analyst(1));
        CaseState claimed = bench.stateOf(id);

        Classification preview = bench.desk.preview(analyst(1), id, TestLaw.illegal()).get();

        assertThat(preview.verdict()).isInstanceOf(Verdict.Illegal.class);
        assertThat(((Verdict.Illegal) preview.verdict()).references()).containsExactly(TestLaw.SECTION_1);
        assertThat(((Verdict.Illegal) preview.verdict()).severity()).contains(TestLaw.GRADE_A);
        assertThat(preview.baseline()).isTrue();
        assertThat(preview.rule()).isEqualTo("real minor, explicit");
        assertThat(preview.lawDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(preview.ruleBook()).isEqualTo(bench.law.ruleBookVersion());
        assertThat(bench.stateOf(id)).isEqualTo(claimed);
        assertThat(bench.assessments.ofCase(caseId(id))).isEmpty();
        assertThat(bench.audit.actions()).containsExactly("case.claimed");
        assertThat(bench.exposure.exposures(Option.none(), Instant.EPOCH, Instant.MAX)).isEmpty();
    }

    @Test
    void a_confirmed_illegal_assessment_is_recorded_and_the_case_awaits_the_hosting_trace() {
        String id = bench.aClaimedCase("http://example.org/a", analyst(1));
        bench.clock.advance(Duration.ofMinutes(12));

        Assessment.Recorded recorded = bench.desk.confirm(analyst(1), id, TestLaw.illegal()).get();

        Instant now = bench.clock.instant();
        assertThat(bench.stateOf(id)).isEqualTo(new CaseState.AwaitingHostingTrace(now));
        assertThat(recorded.caseState()).isEqualTo(new CaseState.AwaitingHostingTrace(now));
        Assessment stored = bench.assessments.byId(recorded.assessment()).get();
        assertThat(stored.kind()).isEqualTo(Assessment.Kind.FIRST);
        assertThat(stored.assessor()).isEqualTo(Option.some(TestStaff.staff(1)));
        assertThat(stored.at()).isEqualTo(now);
        assertThat(stored.jurisdiction()).isEqualTo(TestLaw.COUNTRY);
        assertThat(stored.answers().toJavaMap()).isEqualTo(TestLaw.illegal());
        assertThat(stored.classification()).isEqualTo(recorded.classification());
        assertThat(bench.queue.waitingAt(Stage.HOSTING_TRACE, 10).entries().map(QueueEntry::caseId)).containsExactly(caseId(id));
        assertThat(bench.queue.list(10).entries()).isEmpty();
    }

    @Test
    void confirming_ends_the_spell_counts_the_item_and_is_audited_with_the_verdict() {
        String id = bench.aClaimedCase("http://example.org/a", analyst(1));
        bench.clock.advance(Duration.ofMinutes(12));

        Assessment.Recorded recorded = bench.desk.confirm(analyst(1), id, TestLaw.illegal()).get();

        Spell spell = bench.exposure.allSpells().single();
        assertThat(spell.end()).contains(bench.clock.instant());
        assertThat(spell.ending()).contains(Spell.Ending.ASSESSED);
        assertThat(bench.exposure.exposures(Option.none(), Instant.EPOCH, Instant.MAX).map(Exposure::kind))
                .containsExactly(Exposure.Kind.ITEM_ASSESSED);
        var entry = bench.audit.entries().last();
        assertThat(entry.action()).isEqualTo("case.assessed");
        assertThat(entry.before()).startsWith("IN_ASSESSMENT");
        assertThat(entry.after()).contains("AWAITING_HOSTING_TRACE", recorded.assessment().toString(), "ILLEGAL",
                "real minor, explicit", "XT", "INTERPOL baseline");
    }

    @Test
    void not_illegal_closes_the_case_keeping_the_laws_reason() {
        String id = bench.aClaimedCase("http://example.org/a", analyst(1));

        bench.desk.confirm(analyst(1), id, TestLaw.notIllegal()).get();

        assertThat(bench.stateOf(id)).isEqualTo(new CaseState.Closed(bench.clock.instant(),
                CaseState.ClosureReason.NOT_ILLEGAL, Option.some("Nothing sexual is shown.")));
    }

    @Test
    void an_open_question_of_law_sends_the_case_to_legal_review() {
        String id = bench.aClaimedCase("http://example.org/a", analyst(1));

        bench.desk.confirm(analyst(1), id, TestLaw.unsettled()).get();

        assertThat(bench.stateOf(id)).isEqualTo(new CaseState.AwaitingLegalReview(bench.clock.instant()));
        assertThat(bench.queue.waitingAt(Stage.LEGAL_REVIEW, 10).entries().map(QueueEntry::caseId)).containsExactly(caseId(id));
    }

    @Test
    void a_duplicate_of_an_address_assessed_not_illegal_never_reaches_a_second_analyst() {
        String id = bench.aClaimedCase("http://example.org/a", analyst(1));
        bench.desk.confirm(analyst(1), id, TestLaw.notIllegal()).get();
        bench.clock.advance(Duration.ofDays(3));

        String again = bench.aCase("HTTP://EXAMPLE.ORG/a#again");

        assertThat(again).isEqualTo(id);
        assertThat(bench.claims.claimNext(analyst(2)).getLeft().reason()).isEqualTo(ClaimRefusal.QUEUE_EMPTY);
        assertThat(bench.store.signals(caseId(id)).reports()).isEqualTo(2);
    }

    @Test
    void only_the_analyst_whose_claim_runs_may_assess_and_a_refusal_changes_nothing() {
        String id = bench.aClaimedCase("http://example.org/a", analyst(1));
        String unclaimed = bench.aCase("http://example.org/b");

        assertThat(bench.desk.confirm(analyst(2), id, TestLaw.illegal()).getLeft().reason()).isEqualTo(AssessmentRefusal.CLAIM_NOT_YOURS);
        assertThat(bench.desk.preview(analyst(2), id, TestLaw.illegal()).getLeft().reason()).isEqualTo(AssessmentRefusal.CLAIM_NOT_YOURS);
        assertThat(bench.desk.confirm(analyst(1), unclaimed, TestLaw.illegal()).getLeft().reason()).isEqualTo(AssessmentRefusal.NOT_CLAIMED);
        assertThat(bench.desk.confirm(analyst(1), "00000000-0000-4000-8000-000000000abc", TestLaw.illegal()).getLeft().reason())
                .isEqualTo(AssessmentRefusal.CASE_UNKNOWN);
        assertThat(bench.desk.confirm(supervisor(1), id, TestLaw.illegal()).getLeft().reason()).isEqualTo(AssessmentRefusal.ROLE_REQUIRED);
        bench.clock.advance(ClaimSettings.DEFAULT_LENGTH);
        assertThat(bench.desk.confirm(analyst(1), id, TestLaw.illegal()).getLeft().reason()).isEqualTo(AssessmentRefusal.CLAIM_EXPIRED);

        assertThat(bench.stateOf(id)).isInstanceOf(CaseState.InAssessment.class);
        assertThat(bench.stateOf(unclaimed)).isEqualTo(new CaseState.AwaitingAssessment());
        assertThat(bench.assessments.ofCase(caseId(id))).isEmpty();
        assertThat(bench.audit.actions()).containsExactly("case.claimed");
    }

    @Test
    void missing_unknown_and_foreign_answers_are_refused_field_by_field() {
        String id = bench.aClaimedCase("http://example.org/a", analyst(1));
        var answers = new HashMap<>(TestLaw.illegal());
        answers.remove("age");
        answers.put("content", "<script>alert(1)</script>");
        answers.put("injected", "YES");

        var refused = bench.desk.confirm(analyst(1), id, answers).getLeft();

        assertThat(refused.reason()).isEqualTo(AssessmentRefusal.ANSWERS_INVALID);
        assertThat(refused.fields().map(FieldError::field)).containsExactlyInAnyOrder("age", "content", "injected");
        assertThat(bench.desk.preview(analyst(1), id, null).getLeft().fields()).hasSize(5);
        assertThat(bench.stateOf(id)).isInstanceOf(CaseState.InAssessment.class);
        assertThat(bench.assessments.ofCase(caseId(id))).isEmpty();
    }

    @Test
    void the_day_whose_law_applies_is_the_day_of_the_first_report_in_the_hotlines_time_zone() {
        Workbench late = new Workbench();
        // 23:30 UTC on 1 March is 00:30 on 2 March in Brussels, the day section 2 of the test law comes into force.
        late.clock.advance(Duration.between(late.clock.instant(), Instant.parse("2026-03-01T23:30:00Z")));
        String afterMidnight = late.aClaimedCase("http://example.org/a", analyst(1));
        assertThat(late.desk.preview(analyst(1), afterMidnight, TestLaw.synthetic()).get().verdict())
                .isInstanceOf(Verdict.Illegal.class);

        Workbench early = new Workbench();
        early.clock.advance(Duration.between(early.clock.instant(), Instant.parse("2026-03-01T22:30:00Z")));
        String beforeMidnight = early.aClaimedCase("http://example.org/a", analyst(1));
        Classification classification = early.desk.preview(analyst(1), beforeMidnight, TestLaw.synthetic()).get();
        assertThat(classification.verdict()).isInstanceOf(Verdict.NeedsLegalReview.class);
        assertThat(classification.lawDate()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void the_case_file_shows_reports_claim_and_history_and_each_opening_is_audited() {
        String id = bench.aClaimedCase("http://example.org/a", analyst(1));
        bench.desk.confirm(analyst(1), id, TestLaw.unsettled()).get();

        ViewCaseFile.CaseFile file = bench.files.open(supervisor(5), id).get();

        assertThat(file.theCase().id()).isEqualTo(caseId(id));
        assertThat(file.reports().map(r -> r.description().get())).containsExactly("Seen in a forum.");
        assertThat(file.signals().visual()).isTrue();
        assertThat(file.assessments().map(Assessment::kind)).containsExactly(Assessment.Kind.FIRST);
        assertThat(file.claimHolder()).isEmpty();
        var viewed = bench.audit.entries().last();
        assertThat(viewed.action()).isEqualTo("report.viewed");
        assertThat(viewed.actor()).contains(TestStaff.staff(5));
        assertThat(viewed.subject()).isEqualTo("case:" + id);
    }

    @Test
    void the_case_file_shows_a_running_claim_as_taken_and_a_lapsed_one_as_free() {
        String id = bench.aClaimedCase("http://example.org/a", analyst(1));

        assertThat(bench.files.open(analyst(2), id).get().claimHolder()).contains(TestStaff.staff(1));
        bench.clock.advance(ClaimSettings.DEFAULT_LENGTH);
        ViewCaseFile.CaseFile lapsed = bench.files.open(analyst(2), id).get();
        assertThat(lapsed.claimHolder()).isEmpty();
        assertThat(lapsed.state()).isEqualTo(new CaseState.AwaitingAssessment());
    }

    @Test
    void opening_an_unknown_case_is_refused_and_not_audited_as_a_view() {
        assertThat(bench.files.open(analyst(1), "../../etc/passwd").getLeft().reason()).isEqualTo(CaseFileRefusal.CASE_UNKNOWN);
        assertThat(bench.files.open(new Acting(TestStaff.staff(3), org.hotline.domain.staff.Role.ADMINISTRATOR),
                bench.aCase("http://example.org/a")).getLeft().reason()).isEqualTo(CaseFileRefusal.ROLE_REQUIRED);
        assertThat(bench.audit.entries()).isEmpty();
    }

    static CaseId caseId(String id) {
        return CaseId.parse(id).get();
    }

    static List<String> kinds(io.vavr.collection.Seq<Assessment> history) {
        return history.map(a -> a.kind() + " " + a.verdict().kind()).toList();
    }
}
