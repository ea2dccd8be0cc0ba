package org.hotline.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.domain.testing.TestStaff.analyst;
import static org.hotline.domain.testing.TestStaff.legalAdviser;
import static org.hotline.domain.testing.TestStaff.supervisor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.hotline.domain.FieldError;
import org.hotline.domain.Rejection;
import org.hotline.domain.law.Verdict;
import org.hotline.domain.report.Case;
import org.hotline.domain.report.CaseState;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.staff.Role;
import org.hotline.domain.testing.TestLaw;
import org.hotline.domain.testing.TestStaff;
import org.junit.jupiter.api.Test;

/** The way out of legal review: a legal adviser's decision, recorded beside the assessments, audited, and followed. */
class LegalReviewDeskTest {

    private final Workbench bench = new Workbench();

    /** A case analyst 1 assessed as one the law does not settle: it awaits legal review. */
    private String awaitingReview() {
        String id = bench.aClaimedCase("http://example.org/drawing", analyst(1));
        bench.desk.confirm(analyst(1), id, TestLaw.unsettled()).get();
        assertThat(bench.stateOf(id)).isInstanceOf(CaseState.AwaitingLegalReview.class);
        return id;
    }

    private static LegalDecision decision(String outcome, List<String> citations, String reasoning) {
        return new LegalDecision(outcome, citations, "", "", reasoning, "", "");
    }

    @Test
    void an_illegal_decision_relying_on_a_provision_ends_the_review_and_sends_the_case_to_the_hosting_trace() {
        String id = awaitingReview();

        Assessment.Recorded decided = bench.legalReview.decide(legalAdviser(7), id,
                decision("ILLEGAL", List.of("Test Act s.1"), "Realistic enough for s.1, on the case law.")).get();

        assertThat(bench.stateOf(id)).isInstanceOf(CaseState.AwaitingHostingTrace.class);
        Assessment stored = bench.assessments.byId(decided.assessment()).get();
        assertThat(stored.kind()).isEqualTo(Assessment.Kind.LEGAL_DECISION);
        assertThat(stored.assessor()).isEqualTo(io.vavr.control.Option.some(TestStaff.staff(7)));
        assertThat(stored.answers()).isEqualTo(bench.assessments.ofCase(stored.caseId()).head().answers());
        assertThat(stored.classification().rule()).isEqualTo(LegalDecision.RULE);
        assertThat(stored.classification().ruleBook()).isEqualTo(bench.law.ruleBookVersion());
        assertThat(stored.verdict()).isInstanceOfSatisfying(Verdict.Illegal.class, illegal -> {
            assertThat(illegal.references()).containsExactly(TestLaw.SECTION_1);
            assertThat(illegal.reason()).isEqualTo("Realistic enough for s.1, on the case law.");
        });
        var audited = bench.audit.entries().last();
        assertThat(audited.action()).isEqualTo("case.legal_decision");
        assertThat(audited.role()).contains(Role.LEGAL_ADVISER);
        assertThat(audited.after()).contains("ILLEGAL by the rule 'legal decision'");
    }

    @Test
    void a_decision_of_not_illegal_closes_the_case_with_the_reasoning_and_withdraws_whatever_was_still_pending() {
        String id = awaitingReview();
        bench.notices.sent(AssessmentDeskTest.caseId(id), "host.example.org");

        Assessment.Recorded decided = bench.legalReview.decide(legalAdviser(7), id,
                decision("NOT_ILLEGAL", List.of(), "A cartoon: limb 3 needs realistic images.")).get();

        assertThat(bench.stateOf(id)).isEqualTo(new CaseState.Closed(decided.at(), CaseState.ClosureReason.NOT_ILLEGAL,
                io.vavr.control.Option.some("A cartoon: limb 3 needs realistic images.")));
        assertThat(bench.notices.withdrawal(AssessmentDeskTest.caseId(id))).contains("A cartoon: limb 3 needs realistic images.");
        assertThat(bench.welfare.status(analyst(7)).today().itemsAssessed()).as("a lawyer's decision is not an analyst's item").isZero();
    }

    @Test
    void an_adviser_may_rely_on_a_provision_the_law_adapter_does_not_model() {
        String id = awaitingReview();

        Assessment.Recorded decided = bench.legalReview.decide(legalAdviser(7), id, new LegalDecision("ILLEGAL", List.of(),
                "Obscene Publications Act 1959 s.2", "1959-08-29", "Obscene under s.2.", "", "")).get();

        Verdict.Illegal verdict = (Verdict.Illegal) decided.classification().verdict();
        assertThat(verdict.references().single().citation()).isEqualTo("Obscene Publications Act 1959 s.2");
        assertThat(verdict.references().single().effectiveFrom()).isEqualTo(LocalDate.of(1959, 8, 29));
        assertThat(verdict.references().single().note()).contains("legal adviser", "not modelled");
    }

    @Test
    void only_a_legal_adviser_decides_and_only_a_case_that_awaits_a_legal_review() {
        String id = awaitingReview();
        LegalDecision sound = decision("NOT_ILLEGAL", List.of(), "Adults only.");

        assertThat(bench.legalReview.decide(supervisor(2), id, sound).getLeft().reason()).isEqualTo(LegalDecisionRefusal.ROLE_REQUIRED);
        assertThat(bench.legalReview.decide(analyst(1), id, sound).getLeft().reason()).isEqualTo(LegalDecisionRefusal.ROLE_REQUIRED);
        String assessedIllegal = bench.aClaimedCase("http://example.org/photo", analyst(1));
        bench.desk.confirm(analyst(1), assessedIllegal, TestLaw.illegal()).get();
        assertThat(bench.legalReview.decide(legalAdviser(7), assessedIllegal, sound).getLeft().reason())
                .isEqualTo(LegalDecisionRefusal.NOT_AWAITING_REVIEW);
        assertThat(bench.legalReview.decide(legalAdviser(7), "not-a-case", sound).getLeft().reason()).isEqualTo(LegalDecisionRefusal.CASE_UNKNOWN);
    }

    @Test
    void an_incomplete_or_unfounded_decision_is_refused_beside_its_fields_with_nothing_changed() {
        String id = awaitingReview();
        CaseState before = bench.stateOf(id);

        Rejection empty = bench.legalReview.decide(legalAdviser(7), id, decision(null, List.of(), " ")).getLeft();
        Rejection unfounded = bench.legalReview.decide(legalAdviser(7), id, decision("ILLEGAL", List.of(), "Abuse.")).getLeft();
        Rejection unknown = bench.legalReview.decide(legalAdviser(7), id,
                decision("ILLEGAL", List.of("Test Act s.9"), "Abuse.")).getLeft();
        Rejection relying = bench.legalReview.decide(legalAdviser(7), id,
                decision("NOT_ILLEGAL", List.of("Test Act s.1"), "Adults.")).getLeft();
        Rejection tooLong = bench.legalReview.decide(legalAdviser(7), id, decision("NOT_ILLEGAL", List.of(), "x".repeat(4001))).getLeft();
        Rejection badOther = bench.legalReview.decide(legalAdviser(7), id,
                new LegalDecision("ILLEGAL", List.of(), "Some Act", "soon", "Abuse.", "", "")).getLeft();

        assertThat(empty.reason()).isEqualTo(LegalDecisionRefusal.DECISION_INVALID);
        assertThat(fieldsOf(empty)).containsExactly("outcome required", "reasoning required");
        assertThat(fieldsOf(unfounded)).containsExactly("citations required");
        assertThat(fieldsOf(unknown)).containsExactly("citations unknown");
        assertThat(fieldsOf(relying)).containsExactly("citations not_relied_on");
        assertThat(fieldsOf(tooLong)).containsExactly("reasoning too_long");
        assertThat(fieldsOf(badOther)).containsExactly("otherInForceFrom date");
        assertThat(bench.stateOf(id)).isEqualTo(before);
        assertThat(bench.assessments.ofCase(AssessmentDeskTest.caseId(id))).hasSize(1);
    }

    @Test
    void a_provision_not_in_force_on_the_day_whose_law_applies_cannot_be_relied_on() {
        String id = awaitingReview();
        // Section 2 comes into force on 2 March 2026; the material was seen on 2 March, so correct it to 1 March.
        LegalDecision onSection2 = new LegalDecision("ILLEGAL", List.of("Test Act s.2"), "", "", "Synthetic.", "2026-03-01",
                "The partner's referral says it was seen on 1 March.");

        Rejection refused = bench.legalReview.decide(legalAdviser(7), id, onSection2).getLeft();
        Assessment.Recorded onTheDaySeen = bench.legalReview.decide(legalAdviser(7), id,
                new LegalDecision("ILLEGAL", List.of("Test Act s.2"), "", "", "Synthetic.", "", "")).get();

        assertThat(fieldsOf(refused)).containsExactly("citations not_in_force");
        assertThat(onTheDaySeen.classification().lawDate()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void the_provisions_an_adviser_may_rely_on_are_the_home_laws() {
        assertThat(bench.legalReview.provisions()).containsExactly(TestLaw.SECTION_1, TestLaw.SECTION_2);
    }

    @Test
    void a_legal_decision_recorded_at_one_moment_moves_the_case_from_the_review_it_was_drafted_on() {
        String id = awaitingReview();
        bench.legalReview.decide(legalAdviser(7), id, decision("NOT_ILLEGAL", List.of(), "Adults.")).get();

        var again = bench.legalReview.decide(legalAdviser(8), id, decision("ILLEGAL", List.of("Test Act s.1"), "Abuse."));

        assertThat(again.getLeft().reason()).isEqualTo(LegalDecisionRefusal.NOT_AWAITING_REVIEW);
        assertThat(bench.clock.instant()).isEqualTo(Instant.parse("2026-03-02T08:00:00Z"));
    }

    private static List<String> fieldsOf(Rejection<?> rejection) {
        return rejection.fields().map((FieldError e) -> e.field() + " " + e.code()).toJavaList();
    }
}
