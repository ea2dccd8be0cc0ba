package org.hotline.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.assessment.Assessment;
import org.hotline.domain.assessment.AssessmentId;
import org.hotline.domain.law.Classification;
import org.hotline.domain.law.Verdict;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.CaseState;
import org.hotline.domain.report.ReportedUrl;
import org.hotline.domain.staff.Role;
import org.hotline.domain.testing.TestLaw;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Legal decisions, the day whose law applies, and the cases a change of the law would decide otherwise, over real
 * HTTP on the test law of XT (section 2, on synthetic images, in force from 2 March 2026; the clock stands at 10:30 in
 * Brussels on 4 May 2026).
 */
class LegalReviewPagesTest {

    private static final String PASSWORD = "a long passphrase";

    private final RunningServer server = new RunningServer(TestLaw.withUninvolvedReviewer(false),
            org.hotline.domain.welfare.WelfareSettings.defaults(RunningServer.BRUSSELS));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_legal_adviser_finds_the_case_in_the_legal_review_list_and_records_a_decision_that_ends_the_review() {
        String id = awaitingReview("http://example.org/drawing");
        var lena = signedIn("lena", Role.LEGAL_ADVISER);

        Document list = page(lena.get("/queue/legal-review"));
        assertThat(list.select("table.queue tbody tr").eachAttr("data-case")).containsExactly(id);
        assertThat(list.select("nav a").eachText()).contains("Legal review", "Law changes").doesNotContain("Queue", "Welfare");
        Document form = page(lena.get("/cases/" + id));
        assertThat(form.select("#legal-decision input[name=citations]").eachAttr("value"))
                .containsExactly("Test Act s.1", "Test Act s.2");
        assertThat(form.select("#legal-decision #lawDate-day").attr("value")).isEqualTo("2026-05-04");
        assertThat(form.select("#assessment")).as("a legal adviser does not assess or appeal").isEmpty();

        var decided = lena.postForm("/cases/" + id + "/legal-decision", "outcome", "ILLEGAL", "citations", "Test Act s.1",
                "reasoning", "Realistic enough for s.1 on the case law.", "lawDate", "2026-05-04", "lawDateReason", "");

        assertThat(decided.statusCode()).isEqualTo(303);
        assertThat(stateOf(id)).isInstanceOf(CaseState.AwaitingHostingTrace.class);
        Document after = page(lena.get("/cases/" + id));
        var decision = after.select("#history .decision-LEGAL_DECISION");
        assertThat(decision.select("h3").text()).startsWith("Legal decision by Member lena");
        assertThat(decision.select(".citation").text()).isEqualTo("Test Act s.1");
        assertThat(decision.select(".verdict-rule").text()).isEqualTo("legal decision");
        assertThat(decision.select(".rule-book").text()).isEqualTo(server.law.ruleBookVersion());
        assertThat(after.select("#legal-decision")).as("the review is over").isEmpty();
        var audited = server.audit.entries().filter(e -> e.action().equals("case.legal_decision")).single();
        assertThat(audited.role()).contains(Role.LEGAL_ADVISER);
    }

    @Test
    void an_incomplete_decision_comes_back_with_what_was_wrong_beside_each_field_and_what_was_typed_inert() {
        String id = awaitingReview("http://example.org/drawing");
        var lena = signedIn("lena", Role.LEGAL_ADVISER);
        lena.get("/cases/" + id);

        var refused = lena.postForm("/cases/" + id + "/legal-decision", "outcome", "ILLEGAL",
                "reasoning", "<script>alert(1)</script>", "otherCitation", "Some Act", "otherInForceFrom", "soon");

        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = page(refused);
        assertThat(page.select("#otherInForceFrom .error-message").text()).contains("YYYY-MM-DD");
        assertThat(page.select("#reasoning-text").text()).isEqualTo("<script>alert(1)</script>");
        assertThat(page.select("script:containsData(alert)")).isEmpty();
        assertThat(page.select("#outcome-ILLEGAL").hasAttr("checked")).isTrue();
        assertThat(stateOf(id)).isInstanceOf(CaseState.AwaitingLegalReview.class);
        assertThat(server.assessments.ofCase(CaseId.parse(id).get())).hasSize(1);
    }

    @Test
    void an_analyst_corrects_the_day_the_material_was_seen_with_a_reason_and_the_case_shows_it() {
        String id = aCase("http://example.org/synthetic");
        var ann = signedIn("ann", Role.ANALYST);
        ann.postForm("/cases/" + id + "/claim");
        var answers = new java.util.TreeMap<>(TestLaw.synthetic());

        answers.put("lawDate", "2026-03-01");
        var unexplained = ann.postForm("/cases/" + id + "/preview", fields(answers));
        answers.put("lawDateReason", "The partner's referral says it was seen on 1 March.");
        Document previewed = page(ann.postForm("/cases/" + id + "/preview", fields(answers)));
        var confirmed = ann.postForm("/cases/" + id + "/confirm", fields(answers));

        assertThat(unexplained.statusCode()).isEqualTo(400);
        assertThat(page(unexplained).select("#lawDateReason .error-message").text()).isNotBlank();
        assertThat(previewed.select("#verdict-preview .verdict-kind").text()).as("before section 2").isEqualTo("Needs a legal review");
        assertThat(previewed.select("#verdict-preview .law-date").text()).startsWith("2026-03-01");
        assertThat(previewed.select("#confirm-verdict").parents().select("input[name=lawDateReason]").attr("value"))
                .isEqualTo("The partner's referral says it was seen on 1 March.");
        assertThat(confirmed.statusCode()).isEqualTo(303);
        Document after = page(ann.get("/cases/" + id));
        assertThat(after.select("#history .law-date-correction").text())
                .isEqualTo("(corrected: The partner's referral says it was seen on 1 March.)");
        Assessment stored = server.assessments.ofCase(CaseId.parse(id).get()).single();
        assertThat(stored.classification().lawDate()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void a_day_that_is_no_date_is_refused_beside_its_field() {
        String id = aCase("http://example.org/synthetic");
        var ann = signedIn("ann", Role.ANALYST);
        ann.postForm("/cases/" + id + "/claim");
        var answers = new java.util.TreeMap<>(TestLaw.synthetic());
        answers.put("lawDate", "first of March");

        var refused = ann.postForm("/cases/" + id + "/confirm", fields(answers));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(page(refused).select("#lawDate .error-message").text()).contains("YYYY-MM-DD");
        assertThat(server.assessments.ofCase(CaseId.parse(id).get())).isEmpty();
    }

    @Test
    void the_cases_the_rule_book_in_force_would_decide_otherwise_are_listed_for_supervisors_and_legal_advisers() {
        String id = aCase("http://example.org/earlier");
        CaseId caseId = CaseId.parse(id).get();
        // Decided as not illegal under an earlier rule book; the rules in force find the same answers illegal.
        server.assessments.add(Assessment.restore(new AssessmentId(UUID.randomUUID()), caseId, Assessment.Kind.FIRST,
                server.member("old", PASSWORD, Role.ANALYST).id(), server.clock.instant(), new CountryCode("XT"),
                io.vavr.collection.TreeMap.ofAll(TestLaw.illegal()), new Classification(new Verdict.NotIllegal("Lenient."),
                        "lenient", true, LocalDate.of(2026, 5, 4), "XT test 0"), Option.none()));
        var sam = signedIn("sam", Role.SUPERVISOR);

        Document changes = page(sam.get("/law/changes"));

        assertThat(changes.select("#law-changes-count").text()).isEqualTo("One open case would be decided otherwise.");
        var row = changes.select("article.law-change[data-case=" + id + "]");
        assertThat(row.select(".recorded .verdict-kind").text()).isEqualTo("Not illegal");
        assertThat(row.select(".recorded .rule-book").text()).isEqualTo("XT test 0");
        assertThat(row.select(".now .verdict-kind").text()).isEqualTo("Illegal");
        assertThat(row.select(".now .rule-book").text()).isEqualTo(server.law.ruleBookVersion());
        assertThat(signedIn("ann", Role.ANALYST).get("/law/changes").statusCode()).isEqualTo(403);
        assertThat(page(signedIn("lena", Role.LEGAL_ADVISER).get("/law/changes")).select("article.law-change")).hasSize(1);
    }

    // Fixtures

    private String aCase(String url) {
        assertThat(server.postForm("/report", "urls", url, "seen", "IMAGES").statusCode()).isEqualTo(303);
        return server.store.openCaseOf(ReportedUrl.parse(url).get()).get().id().toString();
    }

    /** A case an analyst assessed as one the law does not settle. */
    private String awaitingReview(String url) {
        String id = aCase(url);
        var analyst = signedIn("analyst-" + UUID.randomUUID().toString().substring(0, 8), Role.ANALYST);
        analyst.postForm("/cases/" + id + "/claim");
        assertThat(analyst.postForm("/cases/" + id + "/confirm", fields(TestLaw.unsettled())).statusCode()).isEqualTo(303);
        assertThat(stateOf(id)).isInstanceOf(CaseState.AwaitingLegalReview.class);
        return id;
    }

    private CaseState stateOf(String id) {
        return server.store.byId(CaseId.parse(id).get()).get().state();
    }

    private Visitor signedIn(String username, Role... roles) {
        return server.signedIn(username, PASSWORD, roles);
    }

    private static String[] fields(Map<String, String> answers) {
        List<String> fields = new ArrayList<>();
        answers.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            fields.add(e.getKey());
            fields.add(e.getValue());
        });
        return fields.toArray(String[]::new);
    }

    private static Document page(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }
}
