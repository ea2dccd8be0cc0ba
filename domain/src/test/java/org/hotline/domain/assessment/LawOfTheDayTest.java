package org.hotline.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.domain.testing.TestStaff.analyst;
import static org.hotline.domain.testing.TestStaff.supervisor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import io.vavr.control.Option;
import org.hotline.domain.FieldError;
import org.hotline.domain.law.Classification;
import org.hotline.domain.law.Verdict;
import org.hotline.domain.testing.TestLaw;
import org.junit.jupiter.api.Test;

/**
 * Verdicts under the law of the day the material was seen: the day of the case's first report, which an analyst may
 * correct with a reason; every verdict stamped with that day and the rule book's version. Section 2 of the test law
 * (synthetic images of minors) is in force from 2 March 2026.
 */
class LawOfTheDayTest {

    private static final LocalDate BEFORE_SECTION_2 = LocalDate.of(2026, 3, 1);

    private final Workbench bench = new Workbench();

    /** A case reported at 09:00 Brussels on 1 March 2026, claimed by analyst 1 on 5 March, after section 2 came in. */
    private String reportedBeforeAndClaimedAfter() {
        bench.clock.advance(Duration.between(bench.clock.instant(), Instant.parse("2026-03-01T08:00:00Z")));
        String id = bench.aCase("http://example.org/synthetic");
        bench.clock.advance(Duration.ofDays(4));
        bench.claims.claim(analyst(1), id).get();
        return id;
    }

    @Test
    void material_reported_before_a_provision_came_into_force_is_judged_under_the_law_it_was_seen_under() {
        String id = reportedBeforeAndClaimedAfter();

        Assessment.Recorded recorded = bench.desk.confirm(analyst(1), id, TestLaw.synthetic()).get();

        Classification classification = recorded.classification();
        assertThat(classification.verdict()).as("section 2 was not in force when it was seen")
                .isInstanceOf(Verdict.NeedsLegalReview.class);
        assertThat(classification.lawDate()).isEqualTo(BEFORE_SECTION_2);
        assertThat(classification.ruleBook()).isEqualTo(bench.law.ruleBookVersion());
        Assessment stored = bench.assessments.byId(recorded.assessment()).get();
        assertThat(stored.classification().lawDate()).isEqualTo(BEFORE_SECTION_2);
        assertThat(stored.lawDateCorrection()).isEmpty();
        assertThat(bench.audit.entries().last().after()).contains("law of 2026-03-01", "rule book " + bench.law.ruleBookVersion());
    }

    @Test
    void an_analyst_corrects_the_day_with_a_reason_and_the_correction_is_kept_and_audited() {
        String id = reportedBeforeAndClaimedAfter();
        var correction = Option.some(new LawDateCorrection(LocalDate.of(2026, 3, 3),
                "The address shows other material than the reporter described; seen as it is now."));

        Assessment.Recorded recorded = bench.desk.confirm(analyst(1), id, TestLaw.synthetic(), correction).get();

        assertThat(recorded.classification().verdict()).isInstanceOf(Verdict.Illegal.class);
        assertThat(recorded.classification().lawDate()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(bench.assessments.byId(recorded.assessment()).get().lawDateCorrection())
                .contains("The address shows other material than the reporter described; seen as it is now.");
        assertThat(bench.audit.entries().last().after()).contains("law of 2026-03-03 (corrected: The address shows");
    }

    @Test
    void an_appeal_keeps_the_day_of_the_decision_before_it_unless_the_supervisor_corrects_it() {
        String id = reportedBeforeAndClaimedAfter();
        bench.desk.confirm(analyst(1), id, TestLaw.synthetic(), Option.some(new LawDateCorrection(LocalDate.of(2026, 3, 3),
                "Seen again on 3 March."))).get();
        var file = bench.files.open(supervisor(2), id).get();

        Classification kept = bench.desk.previewAppeal(supervisor(2), id, TestLaw.synthetic()).get();
        Classification corrected = bench.desk.previewAppeal(supervisor(2), id, TestLaw.synthetic(),
                Option.some(new LawDateCorrection(BEFORE_SECTION_2, "The partner's referral says it was seen on 1 March."))).get();

        assertThat(bench.desk.lawDateOf(file)).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(kept.lawDate()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(kept.verdict()).isInstanceOf(Verdict.Illegal.class);
        assertThat(corrected.lawDate()).isEqualTo(BEFORE_SECTION_2);
        assertThat(corrected.verdict()).isInstanceOf(Verdict.NeedsLegalReview.class);
    }

    @Test
    void a_correction_to_a_day_still_to_come_or_without_a_reason_is_refused_beside_its_fields_with_nothing_changed() {
        String id = reportedBeforeAndClaimedAfter();
        var state = bench.stateOf(id);

        var future = bench.desk.confirm(analyst(1), id, TestLaw.synthetic(),
                Option.some(new LawDateCorrection(LocalDate.of(2026, 3, 6), "Tomorrow."))).getLeft();
        var unexplained = bench.desk.confirm(analyst(1), id, TestLaw.synthetic(),
                Option.some(new LawDateCorrection(LocalDate.of(2026, 3, 3), "  "))).getLeft();
        var tooLong = bench.desk.preview(analyst(1), id, TestLaw.synthetic(),
                Option.some(new LawDateCorrection(LocalDate.of(2026, 3, 3), "x".repeat(501)))).getLeft();

        assertThat(future.reason()).isEqualTo(AssessmentRefusal.ANSWERS_INVALID);
        assertThat(future.fields().map(FieldError::field)).containsExactly(LawDateCorrection.DAY_FIELD);
        assertThat(unexplained.fields().map(FieldError::code)).containsExactly("required");
        assertThat(unexplained.fields().map(FieldError::field)).containsExactly(LawDateCorrection.REASON_FIELD);
        assertThat(tooLong.fields().map(FieldError::code)).containsExactly("too_long");
        assertThat(bench.stateOf(id)).isEqualTo(state);
        assertThat(bench.assessments.ofCase(AssessmentDeskTest.caseId(id))).isEmpty();
        assertThat(bench.desk.preview(analyst(1), id, TestLaw.synthetic(),
                Option.some(new LawDateCorrection(LocalDate.of(2026, 3, 5), "Seen today."))).isRight()).isTrue();
    }

    @Test
    void a_correction_to_the_day_that_applies_anyway_needs_no_reason_and_is_no_correction() {
        String id = reportedBeforeAndClaimedAfter();

        Assessment.Recorded recorded = bench.desk.confirm(analyst(1), id, TestLaw.synthetic(),
                Option.some(new LawDateCorrection(BEFORE_SECTION_2, ""))).get();

        assertThat(recorded.classification().lawDate()).isEqualTo(BEFORE_SECTION_2);
        assertThat(bench.assessments.byId(recorded.assessment()).get().lawDateCorrection()).isEmpty();
    }

    @Test
    void a_correction_is_read_from_a_form_as_none_a_day_or_the_problem() {
        assertThat(LawDateCorrection.fromForm("", "ignored").get()).isEmpty();
        assertThat(LawDateCorrection.fromForm(null, null).get()).isEmpty();
        assertThat(LawDateCorrection.fromForm(" 2026-03-03 ", "Seen then.").get())
                .contains(new LawDateCorrection(LocalDate.of(2026, 3, 3), "Seen then."));
        assertThat(LawDateCorrection.fromForm("3 March", "Seen then.").getLeft().map(FieldError::code)).containsExactly("date");
    }
}
