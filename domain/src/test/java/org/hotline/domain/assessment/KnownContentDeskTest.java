package org.hotline.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.domain.assessment.AssessmentDeskTest.caseId;
import static org.hotline.domain.assessment.AssessmentDeskTest.kinds;
import static org.hotline.domain.testing.TestStaff.analyst;
import static org.hotline.domain.testing.TestStaff.supervisor;

import java.time.Instant;
import java.time.LocalDate;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.knowncontent.HashAlgorithm;
import org.hotline.domain.knowncontent.KnownClassification;
import org.hotline.domain.knowncontent.KnownHash;
import org.hotline.domain.knowncontent.KnownMatch;
import org.hotline.domain.knowncontent.KnownVerdict;
import org.hotline.domain.knowncontent.ListName;
import org.hotline.domain.law.Verdict;
import org.hotline.domain.report.CaseState;
import org.hotline.domain.testing.TestLaw;
import org.junit.jupiter.api.Test;

class KnownContentDeskTest {

    private static final CountryCode HOME = TestLaw.COUNTRY;
    private static final CountryCode ABROAD = new CountryCode("GB");

    private final Workbench bench = new Workbench();
    private final KnownContentDesk desk = new KnownContentDesk(bench.law, new DecisionPorts(bench.store, bench.assessments,
            bench.welfare, bench.audit, org.hotline.domain.UnitOfWork.none(), bench.clock, bench.identities,
            new Withdrawals(bench.exchange, bench.notices)), Workbench.BRUSSELS);

    @Test
    void a_case_whose_items_are_all_known_as_illegal_at_home_is_classified_by_the_system_and_awaits_the_hosting_trace() {
        String id = bench.aCase("http://example.org/known");

        Assessment.Recorded recorded = desk.classify(caseId(id), List.of(
                item("http://example.org/a.png", illegal("national", HOME, 11, 0, "A", false)),
                item("http://example.org/b.png", illegal("own", HOME, 12, 9, "B", false)))).get();

        assertThat(recorded.kind()).isEqualTo(Assessment.Kind.KNOWN_CONTENT);
        assertThat(recorded.assessor()).isEmpty();
        assertThat(bench.stateOf(id)).isEqualTo(new CaseState.AwaitingHostingTrace(bench.clock.instant()));
        Assessment stored = bench.assessments.ofCase(caseId(id)).single();
        assertThat(kinds(List.of(stored))).containsExactly("KNOWN_CONTENT ILLEGAL");
        assertThat(stored.classification().rule()).isEqualTo(KnownContentDesk.RULE);
        assertThat(stored.classification().lawDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(stored.classification().baseline()).isFalse();
        assertThat(((Verdict.Illegal) stored.verdict()).references().map(r -> r.citation() + " " + r.verified()))
                .containsExactly("known-content list 'national' false", "known-content list 'own' false");
        assertThat(stored.answers().toList().map(answer -> answer._1 + " = " + answer._2)).containsExactly(
                "known item 1 = http://example.org/a.png: list 'national' (XT), entry 11, sha256 exact, illegal, category A, added 2024-01-31",
                "known item 2 = http://example.org/b.png: list 'own' (XT), entry 12, sha256 at distance 9, illegal, category B, added 2024-01-31");
    }

    @Test
    void the_audit_record_is_the_systems_and_carries_the_match_evidence() {
        String id = bench.aCase("http://example.org/known");

        desk.classify(caseId(id), List.of(item("http://example.org/a.png", illegal("national", HOME, 11, 0, "A", true))));

        var entry = bench.audit.entries().filter(e -> e.action().equals("case.classified_by_system")).single();
        assertThat(entry.actor()).isEmpty();
        assertThat(entry.role()).isEmpty();
        assertThat(entry.subject()).isEqualTo("case:" + id);
        assertThat(entry.before()).isEqualTo("AWAITING_ASSESSMENT");
        assertThat(entry.after()).startsWith("AWAITING_HOSTING_TRACE; assessment ")
                .contains("ILLEGAL by the rule 'known content'", "INTERPOL baseline",
                        "known content: http://example.org/a.png: list 'national' (XT), entry 11, sha256 exact");
        assertThat(bench.exposure.exposures(Option.none(), Instant.EPOCH, Instant.MAX)).isEmpty();
    }

    @Test
    void a_case_with_an_item_not_known_stays_for_the_analysts() {
        String id = bench.aCase("http://example.org/some");

        var refused = desk.classify(caseId(id), List.of(
                item("http://example.org/a.png", illegal("national", HOME, 11, 0, "A", false)),
                new KnownItemEvidence("http://example.org/new.png", List.empty())));

        assertThat(refused.getLeft().reason()).isEqualTo(KnownContentRefusal.NOT_ALL_KNOWN_ILLEGAL);
        assertThat(bench.stateOf(id)).isEqualTo(new CaseState.AwaitingAssessment());
        assertThat(bench.assessments.ofCase(caseId(id))).isEmpty();
        assertThat(bench.audit.actions()).doesNotContain("case.classified_by_system");
    }

    @Test
    void only_the_home_jurisdictions_classification_settles_an_item() {
        KnownItemEvidence abroad = item("http://example.org/a.png", illegal("uk", ABROAD, 1, 0, "A", false));
        KnownItemEvidence both = item("http://example.org/b.png", illegal("uk", ABROAD, 1, 0, "A", false),
                illegal("national", HOME, 2, 4, "B", false));

        assertThat(KnownContentDesk.settledUnder(HOME, List.of(abroad))).isEmpty();
        assertThat(KnownContentDesk.settledUnder(HOME, List.of(both)).get().map(KnownMatch::entry)).containsExactly(2L);
        assertThat(KnownContentDesk.settledUnder(ABROAD, List.of(abroad, both)).get().map(KnownMatch::entry))
                .containsExactly(1L, 1L);
    }

    @Test
    void an_item_a_home_list_holds_as_not_illegal_is_left_to_an_analyst_even_where_another_says_illegal() {
        KnownMatch notIllegal = new KnownMatch(new ListName("partner"), HOME, 3, hash(), 0,
                new KnownClassification(KnownVerdict.NOT_ILLEGAL, Option.none(), false), LocalDate.of(2024, 1, 31));
        KnownItemEvidence disputed = item("http://example.org/a.png", illegal("national", HOME, 11, 0, "A", false),
                notIllegal);
        KnownItemEvidence harmless = item("http://example.org/b.png", notIllegal);

        assertThat(KnownContentDesk.settledUnder(HOME, List.of(disputed))).isEmpty();
        assertThat(KnownContentDesk.settledUnder(HOME, List.of(harmless))).isEmpty();
    }

    @Test
    void a_capture_without_items_classifies_nothing() {
        assertThat(KnownContentDesk.settledUnder(HOME, List.empty())).isEmpty();
        String id = bench.aCase("http://example.org/empty");

        assertThat(desk.classify(caseId(id), List.empty()).getLeft().reason())
                .isEqualTo(KnownContentRefusal.NOT_ALL_KNOWN_ILLEGAL);
    }

    @Test
    void a_case_an_analyst_is_assessing_is_left_to_them() {
        String id = bench.aClaimedCase("http://example.org/claimed", analyst(1));

        var refused = desk.classify(caseId(id), List.of(item("http://example.org/a.png",
                illegal("national", HOME, 11, 0, "A", false))));

        assertThat(refused.getLeft().reason()).isEqualTo(KnownContentRefusal.NOT_AWAITING_ASSESSMENT);
        assertThat(bench.stateOf(id)).isInstanceOf(CaseState.InAssessment.class);
        assertThat(bench.assessments.ofCase(caseId(id))).isEmpty();
    }

    @Test
    void an_unknown_case_is_refused() {
        assertThat(desk.classify(caseId("00000000-0000-4000-8000-000000000009"), List.of(item("http://example.org/a.png",
                illegal("national", HOME, 11, 0, "A", false)))).getLeft().reason())
                .isEqualTo(KnownContentRefusal.CASE_UNKNOWN);
    }

    @Test
    void a_supervisor_overturns_the_systems_classification_by_appeal() {
        Workbench uk = new Workbench(TestLaw.withUninvolvedReviewer(true));
        KnownContentDesk ukDesk = new KnownContentDesk(uk.law, new DecisionPorts(uk.store, uk.assessments, uk.welfare,
                uk.audit, org.hotline.domain.UnitOfWork.none(), uk.clock, uk.identities,
                new Withdrawals(uk.exchange, uk.notices)), Workbench.BRUSSELS);
        String id = uk.aCase("http://example.org/known");
        ukDesk.classify(caseId(id), List.of(item("http://example.org/a.png", illegal("national", HOME, 11, 0, "A", false))))
                .get();

        Assessment.Recorded appeal = uk.desk.appeal(supervisor(7), id, TestLaw.notIllegal()).get();

        assertThat(appeal.kind()).isEqualTo(Assessment.Kind.APPEAL);
        assertThat(uk.stateOf(id)).isInstanceOf(CaseState.Closed.class);
        assertThat(kinds(uk.assessments.ofCase(caseId(id)))).containsExactly("KNOWN_CONTENT ILLEGAL", "APPEAL NOT_ILLEGAL");
    }

    @Test
    void the_system_classifies_known_content_as_illegal_only() {
        var found = bench.store.byId(caseId(bench.aCase("http://example.org/x"))).get();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> found.classifyBySystem(
                new org.hotline.domain.report.Finding(org.hotline.domain.report.Finding.Kind.NOT_ILLEGAL, "no"),
                bench.clock.instant())).isInstanceOf(IllegalArgumentException.class);
    }

    private static KnownItemEvidence item(String address, KnownMatch... matches) {
        return new KnownItemEvidence(address, List.of(matches));
    }

    private static KnownMatch illegal(String list, CountryCode jurisdiction, long entry, int distance, String category,
            boolean baseline) {
        return new KnownMatch(new ListName(list), jurisdiction, entry, hash(), distance,
                new KnownClassification(KnownVerdict.ILLEGAL, Option.some(category), baseline), LocalDate.of(2024, 1, 31));
    }

    private static KnownHash hash() {
        return new KnownHash(HashAlgorithm.SHA256, "ab".repeat(32));
    }
}
