package org.hotline.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.domain.testing.TestStaff.analyst;
import static org.hotline.domain.testing.TestStaff.legalAdviser;
import static org.hotline.domain.testing.TestStaff.supervisor;

import java.time.LocalDate;
import java.util.List;

import org.hotline.domain.law.NationalLaw;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.testing.TestLaw;
import org.junit.jupiter.api.Test;

/**
 * When a setting moves the day a provision comes into force, the open cases whose verdict it would change are listed:
 * here, section 2 of the test law (synthetic images) moved from 2 March 2026 to 1 March 2026, and back.
 */
class LawChangesTest {

    private final Workbench bench = new Workbench(TestLaw.withSection2From(LocalDate.of(2026, 3, 2)));

    private String assessed(String url, java.util.Map<String, String> answers) {
        String id = bench.aClaimedCase(url, analyst(1));
        bench.desk.confirm(analyst(1), id, answers).get();
        return id;
    }

    private LawChanges under(NationalLaw law) {
        return new LawChanges(law, bench.store, bench.assessments);
    }

    @Test
    void the_open_cases_a_changed_commencement_would_decide_otherwise_are_listed_with_both_verdicts() {
        bench.clock.advance(java.time.Duration.ofDays(-1));
        String seenOnTheFirst = assessed("http://example.org/synthetic", TestLaw.synthetic());
        String photograph = assessed("http://example.org/photo", TestLaw.illegal());

        var changes = under(TestLaw.withSection2From(LocalDate.of(2026, 3, 1))).affectedOpenCases();

        assertThat(changes).hasSize(1);
        var change = changes.head();
        assertThat(change.theCase().id().toString()).isEqualTo(seenOnTheFirst).isNotEqualTo(photograph);
        assertThat(change.recorded().verdict().kind()).isEqualTo("NEEDS_LEGAL_REVIEW");
        assertThat(change.recorded().classification().ruleBook()).isEqualTo("XT test 1 (s.2 from 2026-03-02)");
        assertThat(change.now().get().verdict().kind()).isEqualTo("ILLEGAL");
        assertThat(change.now().get().lawDate()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(change.now().get().ruleBook()).isEqualTo("XT test 1 (s.2 from 2026-03-01)");
    }

    @Test
    void under_the_same_rule_book_nothing_is_listed_nor_judged_again() {
        assessed("http://example.org/synthetic", TestLaw.synthetic());

        assertThat(under(bench.law).affectedOpenCases()).isEmpty();
        assertThat(bench.lawChanges.ruleBookVersion()).isEqualTo(bench.law.ruleBookVersion());
    }

    @Test
    void closed_cases_and_cases_a_legal_adviser_decided_are_not_judged_again_by_rules() {
        bench.clock.advance(java.time.Duration.ofDays(-1));
        String decidedByLawyer = assessed("http://example.org/lawyer", TestLaw.synthetic());
        bench.legalReview.decide(legalAdviser(7), decidedByLawyer, new LegalDecision("NOT_ILLEGAL", List.of(), "", "",
                "Clearly adults on the metadata.", "", "")).get();
        String lawyerSaysIllegal = assessed("http://example.org/lawyer-illegal", TestLaw.synthetic());
        bench.legalReview.decide(legalAdviser(7), lawyerSaysIllegal, new LegalDecision("ILLEGAL", List.of("Test Act s.1"),
                "", "", "Realistic enough for s.1.", "", "")).get();

        assertThat(under(TestLaw.withSection2From(LocalDate.of(2026, 3, 1))).affectedOpenCases()).isEmpty();
    }

    @Test
    void the_list_is_shown_to_supervisors_and_legal_advisers_only() {
        assertThat(bench.lawChanges.affectedOpenCases(supervisor(2)).isRight()).isTrue();
        assertThat(bench.lawChanges.affectedOpenCases(legalAdviser(7)).isRight()).isTrue();
        assertThat(bench.lawChanges.affectedOpenCases(analyst(1)).getLeft().reason()).isEqualTo(LawChangesRefusal.ROLE_REQUIRED);
    }
}
