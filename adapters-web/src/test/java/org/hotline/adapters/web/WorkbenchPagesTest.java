package org.hotline.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.vavr.control.Option;
import org.hotline.domain.assessment.Assessment;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.CaseState;
import org.hotline.domain.report.ReportedUrl;
import org.hotline.domain.staff.Role;
import org.hotline.domain.staff.StaffMember;
import org.hotline.domain.testing.TestLaw;
import org.hotline.domain.welfare.BreakReminder;
import org.hotline.domain.welfare.DailyLimit;
import org.hotline.domain.welfare.WelfareSettings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The analysts' and supervisors' workbench over real HTTP, on the test law of the made-up country XT (one national
 * question, "watermarked?"), a clock that stands at 10:30 in Brussels on 4 May 2026 until a test moves it, and the
 * default welfare policy unless a test sets another. Every refusal is checked to have changed nothing.
 */
class WorkbenchPagesTest {

    private static final String PASSWORD = "a long passphrase";

    private RunningServer server = new RunningServer(TestLaw.withUninvolvedReviewer(false),
            WelfareSettings.defaults(RunningServer.BRUSSELS));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void the_queue_lists_waiting_cases_by_priority_then_age_with_the_waiting_count_and_who_holds_each_claim() {
        String older = aCase("http://example.org/older", "TEXT");
        server.clock.advance(Duration.ofMinutes(1));
        aCase("http://example.org/newer", "TEXT");
        server.clock.advance(Duration.ofMinutes(1));
        String seenImages = aCase("http://example.org/images", "IMAGES");
        var ann = signedIn("ann", Role.ANALYST);
        var bert = signedIn("bert", Role.ANALYST);

        var claimed = bert.postForm("/cases/" + seenImages + "/claim");
        assertThat(claimed.statusCode()).isEqualTo(303);
        assertThat(claimed.headers().firstValue("Location")).contains("/cases/" + seenImages);

        Document queue = page(ann.get("/queue"));
        assertThat(queue.select("#waiting").text()).startsWith("3 cases wait for assessment.");
        var rows = queue.select("table.queue tbody tr");
        assertThat(rows.eachAttr("data-case")).containsExactly(seenImages, older, caseOf("http://example.org/newer"));
        assertThat(rows.get(0).select(".priority").text()).isEqualTo("High");
        assertThat(rows.get(1).select(".priority").text()).isEqualTo("Normal");
        assertThat(rows.get(0).select(".claim").text()).isEqualTo("Claimed by Member bert until 11:02");
        assertThat(rows.get(0).select("button.claim")).isEmpty();
        assertThat(rows.get(1).select("button.claim")).hasSize(1);
        assertThat(queue.select("#claim-next")).hasSize(1);
        assertThat(queue.select("#welfare-today").text()).startsWith("Today: 0 h 00 min in assessment of a daily limit of 4 h 00 min");
        assertThat(page(bert.get("/queue")).select("tr[data-case=" + seenImages + "] .claim").text())
                .isEqualTo("Claimed by you until 11:02");

        var sam = signedIn("sam", Role.SUPERVISOR);
        Document asSupervisor = page(sam.get("/queue"));
        assertThat(asSupervisor.select("table.queue tbody tr")).hasSize(3);
        assertThat(asSupervisor.select("#claim-next, button.claim, #welfare")).as("a supervisor does not claim").isEmpty();
    }

    @Test
    void an_analyst_claims_the_next_case_previews_the_verdict_and_confirms_it_and_the_case_moves_on() {
        String id = aCase("http://example.org/gallery", "IMAGES");
        var ann = signedIn("ann", Role.ANALYST);

        var claimed = ann.postForm("/queue/claim-next");
        assertThat(claimed.headers().firstValue("Location")).hasValue("/cases/" + id);
        Document form = page(ann.get("/cases/" + id));
        assertThat(form.select("#case-address").text()).isEqualTo("http://example.org/gallery");
        assertThat(form.select("#case-claim").text()).isEqualTo("Claimed by you until 11:00");
        assertThat(form.select("#assessment fieldset.question legend").eachText()).as("the law's own questionnaire")
                .containsExactly("What kind of material is it?", "How old does the youngest person appear?",
                        "Is the child a real person?", "What does it show?", "Is it watermarked?");
        assertThat(form.select("fieldset#watermarked input[type=radio]").eachAttr("value")).containsExactly("YES", "NO");
        assertThat(form.select("#lawDate-day").attr("value")).as("the day of the first report").isEqualTo("2026-05-04");
        assertThat(form.select("#verdict-preview, #confirm-verdict")).isEmpty();

        Document previewed = page(ann.postForm("/cases/" + id + "/preview", fields(TestLaw.illegal())));
        var verdict = previewed.select("#verdict-preview");
        assertThat(verdict.select(".verdict-kind").text()).isEqualTo("Illegal");
        assertThat(verdict.select(".reference-item").text()).contains("Test Act s.1").contains("in force since 2000-01-01");
        assertThat(verdict.select(".unverified")).isEmpty();
        assertThat(verdict.select(".severity").text()).isEqualTo("Test scale A");
        assertThat(verdict.select(".baseline").text()).isEqualTo("Yes: illegal in every country");
        assertThat(verdict.select(".next-step").text()).contains("hosting trace");
        assertThat(previewed.select("input[type=radio][checked]").eachAttr("id"))
                .containsExactly("media-PHOTO_OR_VIDEO", "age-UNDER_13", "realChild-REAL",
                        "content-PENETRATIVE_SEXUAL_ACTIVITY", "watermarked-NO");
        assertThat(server.assessments.ofCase(caseId(id))).as("a preview records nothing").isEmpty();

        Document synthetic = page(ann.postForm("/cases/" + id + "/preview", fields(TestLaw.synthetic())));
        assertThat(synthetic.select("#verdict-preview .reference-item").text()).contains("Test Act s.2")
                .contains("in force since 2026-03-02").contains("Unverified").contains("Not a real act.");
        assertThat(synthetic.select("#verdict-preview .severity")).isEmpty();

        var confirmed = ann.postForm("/cases/" + id + "/confirm", fields(TestLaw.illegal()));
        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(confirmed.headers().firstValue("Location")).hasValue("/cases/" + id + "#history");
        assertThat(stateOf(id)).isInstanceOf(CaseState.AwaitingHostingTrace.class);
        Assessment recorded = server.assessments.ofCase(caseId(id)).single();
        assertThat(recorded.answers().toJavaMap()).isEqualTo(TestLaw.illegal());
        Document after = page(ann.get("/cases/" + id));
        assertThat(after.select("#case-state").text()).isEqualTo("Awaiting hosting trace");
        assertThat(after.select("#history .decision h3").text()).isEqualTo("First assessment by Member ann, 2026-05-04 10:30");
        assertThat(after.select("#assessment")).as("nothing left to assess").isEmpty();
        assertThat(page(ann.get("/queue")).select("table.queue tbody tr")).isEmpty();
        assertThat(page(ann.get("/queue/hosting-trace")).select("table.queue tbody tr").eachAttr("data-case"))
                .containsExactly(id);
        assertThat(server.audit.actions()).contains("case.claimed", "report.viewed", "case.assessed");
    }

    @Test
    void missing_and_unknown_answers_are_shown_beside_their_questions_and_nothing_is_recorded() {
        String id = aCase("http://example.org/partly", "IMAGES");
        var ann = signedIn("ann", Role.ANALYST);
        ann.postForm("/cases/" + id + "/claim");
        String[] partial = {"media", "PHOTO_OR_VIDEO", "age", "OLD_AS_THE_HILLS"};

        var previewed = ann.postForm("/cases/" + id + "/preview", partial);
        var confirmed = ann.postForm("/cases/" + id + "/confirm", partial);

        for (var answer : List.of(previewed, confirmed)) {
            assertThat(answer.statusCode()).isEqualTo(400);
            Document page = page(answer);
            assertThat(page.select("fieldset#age .error-message").text()).isEqualTo("Choose one of the answers given.");
            assertThat(page.select("fieldset#realChild .error-message").text()).isEqualTo("This is required.");
            assertThat(page.select("fieldset#realChild").hasClass("field-error")).isTrue();
            assertThat(page.select("fieldset#realChild input[type=radio]").eachAttr("aria-invalid")).containsOnly("true");
            assertThat(page.select("fieldset#media .error-message")).isEmpty();
            assertThat(page.select("fieldset#media input[type=radio]").eachAttr("aria-invalid")).containsOnly("false");
            assertThat(page.select("input[type=radio][checked]").eachAttr("id")).containsExactly("media-PHOTO_OR_VIDEO");
            assertThat(page.select("#answers-invalid a").eachAttr("href")).containsExactly("#age", "#realChild", "#content",
                    "#watermarked");
            assertThat(page.select("#verdict-preview")).isEmpty();
        }
        assertThat(server.assessments.ofCase(caseId(id))).isEmpty();
        assertThat(stateOf(id)).isInstanceOf(CaseState.InAssessment.class);
    }

    @Test
    void markup_sent_as_an_answer_or_a_question_stays_inert_and_is_refused() {
        String id = aCase("http://example.org/tampered", "IMAGES");
        var ann = signedIn("ann", Role.ANALYST);
        ann.postForm("/cases/" + id + "/claim");
        var answers = new java.util.TreeMap<>(TestLaw.illegal());
        answers.put("media", "<script>alert('media')</script>");
        answers.put("<img src=x onerror=alert(1)>", "YES");

        var refused = ann.postForm("/cases/" + id + "/confirm", fields(answers));

        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = page(refused);
        assertThat(page.select("fieldset#media .error-message").text()).isEqualTo("Choose one of the answers given.");
        assertThat(page.select("#answers-invalid li").eachText()).contains("There is no such question.");
        assertThat(page.select("main script, main img")).isEmpty();
        assertThat(server.assessments.ofCase(caseId(id))).isEmpty();
        assertThat(stateOf(id)).isInstanceOf(CaseState.InAssessment.class);
    }

    @Test
    void a_break_is_suggested_after_a_stretch_of_assessment_without_a_pause() {
        server.close();
        server = new RunningServer(TestLaw.withUninvolvedReviewer(false), new WelfareSettings(RunningServer.BRUSSELS,
                new DailyLimit(DailyLimit.DEFAULT), new BreakReminder(Duration.ofMinutes(20), Duration.ofMinutes(10))));
        String id = aCase("http://example.org/long", "IMAGES");
        var ann = signedIn("ann", Role.ANALYST);
        ann.postForm("/cases/" + id + "/claim");
        assertThat(page(ann.get("/queue")).select("#break-due")).isEmpty();

        server.clock.advance(Duration.ofMinutes(21));

        Document queue = page(ann.get("/queue"));
        assertThat(queue.select("#break-due").text()).isEqualTo(
                "Time for a break. You have assessed for 0 h 21 min without a pause. Step away from the screen for at least ten minutes.");
        assertThat(queue.select("#claim-next")).as("a reminder, not a stop").hasSize(1);
    }

    @Test
    void another_analysts_claim_is_refused_with_a_clear_message_and_changes_nothing() {
        String id = aCase("http://example.org/taken", "IMAGES");
        var ann = signedIn("ann", Role.ANALYST);
        var bert = signedIn("bert", Role.ANALYST);
        ann.postForm("/cases/" + id + "/claim");
        CaseState claimed = stateOf(id);
        int recorded = server.audit.entries().size();

        Document seen = page(bert.get("/cases/" + id));
        assertThat(seen.select("#case-claim").text()).isEqualTo("Claimed by Member ann until 11:00");
        assertThat(seen.select("#assessment, #claim, #release")).isEmpty();
        var claim = bert.postForm("/cases/" + id + "/claim");
        var confirm = bert.postForm("/cases/" + id + "/confirm", fields(TestLaw.illegal()));
        var release = bert.postForm("/cases/" + id + "/release");

        assertThat(claim.statusCode()).isEqualTo(409);
        assertThat(page(claim).select("#refusal").text()).contains("Another analyst holds the claim on this case.");
        for (var refused : List.of(confirm, release)) {
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(page(refused).select("#refusal").text()).contains("Only they can assess or release it.");
        }
        assertThat(stateOf(id)).isEqualTo(claimed);
        assertThat(server.assessments.ofCase(caseId(id))).isEmpty();
        assertThat(server.audit.actions().drop(recorded)).as("only the views were recorded").containsOnly("report.viewed");
    }

    @Test
    void a_claim_that_ran_out_is_refused_and_the_case_can_be_claimed_again() {
        String id = aCase("http://example.org/slow", "IMAGES");
        var ann = signedIn("ann", Role.ANALYST);
        ann.postForm("/cases/" + id + "/claim");
        server.clock.advance(Duration.ofMinutes(20));
        ann.get("/queue");
        server.clock.advance(Duration.ofMinutes(11));

        var confirm = ann.postForm("/cases/" + id + "/confirm", fields(TestLaw.illegal()));

        assertThat(confirm.statusCode()).isEqualTo(409);
        Document page = page(confirm);
        assertThat(page.select("#refusal").text()).contains("Your claim on this case ran out. Claim it again to go on");
        assertThat(page.select("#case-state").text()).isEqualTo("Awaiting assessment");
        assertThat(page.select("#claim")).hasSize(1);
        assertThat(page.select("#assessment")).isEmpty();
        assertThat(server.assessments.ofCase(caseId(id))).isEmpty();
        assertThat(ann.postForm("/cases/" + id + "/claim").statusCode()).isEqualTo(303);
    }

    @Test
    void a_released_claim_puts_the_case_back_in_the_queue() {
        String id = aCase("http://example.org/later", "IMAGES");
        var ann = signedIn("ann", Role.ANALYST);
        ann.postForm("/cases/" + id + "/claim");
        page(ann.get("/cases/" + id));

        var released = ann.postForm("/cases/" + id + "/release");

        assertThat(released.statusCode()).isEqualTo(303);
        assertThat(released.headers().firstValue("Location")).hasValue("/queue");
        assertThat(stateOf(id)).isInstanceOf(CaseState.AwaitingAssessment.class);
        assertThat(page(ann.get("/queue")).select("tr[data-case=" + id + "] button.claim")).hasSize(1);
    }

    @Test
    void tampered_case_identifiers_are_answered_with_a_not_found_page_and_no_internals() {
        var ann = signedIn("ann", Role.ANALYST);
        var sam = signedIn("sam", Role.SUPERVISOR);
        String unknown = UUID.randomUUID().toString();
        List<HttpResponse<String>> answers = new ArrayList<>(List.of(
                ann.get("/cases/not-a-case"),
                ann.get("/cases/" + unknown),
                ann.get("/cases/" + unknown + "%3Cscript%3E"),
                ann.postForm("/cases/" + unknown + "/claim"),
                ann.postForm("/cases/" + unknown + "/preview", fields(TestLaw.illegal())),
                ann.postForm("/cases/" + unknown + "/confirm", fields(TestLaw.illegal())),
                ann.postForm("/cases/1'%20or%20'1'='1/release"),
                ann.postForm("/cases/" + unknown + "/reveal", "item", UUID.randomUUID().toString()),
                ann.postForm("/cases/" + unknown + "/capture"),
                ann.get("/cases/" + unknown + "/items/" + UUID.randomUUID() + "/preview"),
                sam.postForm("/cases/" + unknown + "/appeal", fields(TestLaw.illegal()))));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(page(answer).select("h1").text()).isEqualTo("No such case");
            assertThat(answer.body()).doesNotContain("Exception").doesNotContain("<script>").doesNotContain("at org.");
        });
        assertThat(server.audit.actions()).doesNotContain("case.claimed", "case.assessed", "preview.revealed",
                "capture.requested");
    }

    @Test
    void what_reporters_wrote_is_inert_text_and_their_contact_details_are_never_shown() {
        var reporter = server.visitor();
        reporter.get("/report");
        reporter.postForm("/report", "urls", "http://example.org/forum", "seen", "IMAGES",
                "description", "<script>alert('x')</script> see <a href=\"http://example.org/more\">more</a>",
                "contactName", "Rita Reporter", "contactEmail", "rita@example.org");
        String id = caseOf("http://example.org/forum");
        var ann = signedIn("ann", Role.ANALYST);

        var response = ann.get("/cases/" + id);

        Document page = page(response);
        assertThat(page.select(".description").text())
                .isEqualTo("<script>alert('x')</script> see <a href=\"http://example.org/more\">more</a>");
        assertThat(page.select("main script, main .description a")).isEmpty();
        assertThat(page.select("main a").eachAttr("href")).noneMatch(href -> href.contains("example.org"));
        assertThat(response.body()).doesNotContain("Rita Reporter").doesNotContain("rita@example.org");
        assertThat(page.select(".report .contact").text()).isEqualTo(
                "The reporter left contact details. They are not shown on the workbench.");
        assertThat(server.audit.actions().last()).as("the view is audited").isEqualTo("report.viewed");
    }

    @Test
    void a_supervisor_appeals_an_assessed_case_and_both_decisions_stay_visible() {
        String id = aCase("http://example.org/disputed", "IMAGES");
        var ann = signedIn("ann", Role.ANALYST);
        ann.postForm("/cases/" + id + "/claim");
        ann.postForm("/cases/" + id + "/confirm", fields(TestLaw.illegal()));
        var sam = signedIn("sam", Role.SUPERVISOR);

        Document appealForm = page(sam.get("/cases/" + id));
        assertThat(appealForm.select("#assessment-title").text()).isEqualTo("Appeal: assess again");
        Document previewed = page(sam.postForm("/cases/" + id + "/appeal/preview", fields(TestLaw.unsettled())));
        assertThat(previewed.select("#verdict-preview .verdict-kind").text()).isEqualTo("Needs a legal review");
        assertThat(server.assessments.ofCase(caseId(id))).hasSize(1);
        assertThat(ann.postForm("/cases/" + id + "/appeal", fields(TestLaw.unsettled())).statusCode())
                .as("an analyst does not appeal").isEqualTo(403);

        var appealed = sam.postForm("/cases/" + id + "/appeal", fields(TestLaw.unsettled()));

        assertThat(appealed.statusCode()).isEqualTo(303);
        assertThat(stateOf(id)).isInstanceOf(CaseState.AwaitingLegalReview.class);
        Document history = page(sam.get("/cases/" + id));
        assertThat(history.select("#history .decision h3").eachText()).containsExactly(
                "First assessment by Member ann, 2026-05-04 10:30", "Appeal by Member sam, 2026-05-04 10:30");
        assertThat(history.select("#history .decision .verdict-kind").eachText()).containsExactly("Illegal",
                "Needs a legal review");
        assertThat(history.select("#history .decision").first().select(".answers dd").eachText())
                .contains("Photograph or video", "Under 13 (pre-pubescent)");
        assertThat(page(sam.get("/queue/legal-review")).select("table.queue tbody tr").eachAttr("data-case"))
                .containsExactly(id);
    }

    @Test
    void where_the_law_wants_an_uninvolved_reviewer_the_original_analyst_cannot_decide_the_appeal() {
        server.close();
        server = new RunningServer(TestLaw.withUninvolvedReviewer(true), WelfareSettings.defaults(RunningServer.BRUSSELS));
        String id = aCase("http://example.org/reviewed", "IMAGES");
        var dual = signedIn("dana", Role.ANALYST, Role.SUPERVISOR);
        dual.postForm("/cases/" + id + "/claim");
        dual.postForm("/cases/" + id + "/confirm", fields(TestLaw.illegal()));
        CaseState assessed = stateOf(id);

        var preview = dual.postForm("/cases/" + id + "/appeal/preview", fields(TestLaw.notIllegal()));
        var appeal = dual.postForm("/cases/" + id + "/appeal", fields(TestLaw.notIllegal()));

        for (var refused : List.of(preview, appeal)) {
            assertThat(refused.statusCode()).isEqualTo(409);
            Document page = page(refused);
            assertThat(page.select("#refusal").text()).contains("wants an appeal decided by someone who took no part")
                    .contains("Another supervisor must decide the appeal.");
            assertThat(page.select("input[type=radio][checked]").eachAttr("id")).as("the answers are kept")
                    .contains("content-NONE", "age-ADULT");
        }
        assertThat(stateOf(id)).isEqualTo(assessed);
        assertThat(server.assessments.ofCase(caseId(id))).hasSize(1);
        var other = signedIn("sam", Role.SUPERVISOR);
        assertThat(other.postForm("/cases/" + id + "/appeal", fields(TestLaw.notIllegal())).statusCode()).isEqualTo(303);
        assertThat(stateOf(id)).isInstanceOf(CaseState.Closed.class);
        assertThat(page(other.get("/cases/" + id)).select("#case-state").text())
                .isEqualTo("Closed (not illegal: Nothing sexual is shown.)");
    }

    @Test
    void the_daily_limit_stops_the_queue_for_an_analyst_until_a_supervisor_lifts_it() {
        server.close();
        server = new RunningServer(TestLaw.withUninvolvedReviewer(false), new WelfareSettings(RunningServer.BRUSSELS,
                new DailyLimit(Duration.ofMinutes(10)), BreakReminder.defaults()));
        String first = aCase("http://example.org/first", "IMAGES");
        String second = aCase("http://example.org/second", "IMAGES");
        var ann = signedIn("ann", Role.ANALYST);
        ann.postForm("/cases/" + first + "/claim");
        server.clock.advance(Duration.ofMinutes(11));
        assertThat(ann.postForm("/cases/" + first + "/confirm", fields(TestLaw.notIllegal())).statusCode()).isEqualTo(303);

        Document stopped = page(ann.get("/queue"));
        assertThat(stopped.select("#limit-reached").text()).contains("You reached the daily limit.")
                .contains("You spent 0 h 11 min in assessment today; the limit is 0 h 10 min.");
        assertThat(stopped.select("#claim-next, button.claim")).isEmpty();
        assertThat(page(ann.get("/cases/" + second)).select("#claim")).isEmpty();
        for (var refused : List.of(ann.postForm("/queue/claim-next"), ann.postForm("/cases/" + second + "/claim"))) {
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(page(refused).select("#refusal").text()).contains("You reached the daily limit of assessment time.");
        }
        assertThat(stateOf(second)).isInstanceOf(CaseState.AwaitingAssessment.class);

        var sam = signedIn("sam", Role.SUPERVISOR);
        Document dashboard = page(sam.get("/welfare"));
        assertThat(dashboard.select("#reached-today li").eachText()).containsExactly("Member ann");
        var row = dashboard.select("tr[data-analyst=Member ann]");
        assertThat(row.select("td.limit-reached").first().text()).contains("0 h 11 min").contains("one item")
                .contains("Limit reached");
        String annId = server.staff.byUsername(new org.hotline.domain.staff.Username("ann")).get().id().toString();
        var lifted = sam.postForm("/welfare/lift", "analyst", annId, "reason", "Backlog after an outage; ann agreed.");
        assertThat(lifted.statusCode()).isEqualTo(303);
        assertThat(server.audit.actions()).contains("welfare.limit_lifted");
        assertThat(page(sam.get("/welfare")).select("tr[data-analyst=Member ann] .lifted").text()).contains("Limit lifted");

        Document going = page(ann.get("/queue"));
        assertThat(going.select("#limit-lifted").text()).isEqualTo("A supervisor lifted your daily limit for today.");
        assertThat(going.select("#limit-reached")).isEmpty();
        assertThat(ann.postForm("/queue/claim-next").headers().firstValue("Location")).hasValue("/cases/" + second);
    }

    @Test
    void a_lift_without_a_proper_reason_is_refused_beside_the_field_and_what_was_typed_stays_inert() {
        StaffMember ann = server.member("ann", PASSWORD, Role.ANALYST);
        var sam = signedIn("sam", Role.SUPERVISOR);
        String script = "<script>alert('lifted')</script>";
        String overlong = script + "x".repeat(500);

        var tooLong = sam.postForm("/welfare/lift", "analyst", ann.id().toString(), "reason", overlong);
        var empty = sam.postForm("/welfare/lift", "analyst", ann.id().toString(), "reason", "   ");
        var nobody = sam.postForm("/welfare/lift", "analyst", "not-a-member", "reason", "Because.");
        var own = sam.postForm("/welfare/lift", "analyst", staffId("sam"), "reason", "Because.");

        assertThat(tooLong.statusCode()).isEqualTo(400);
        Document page = page(tooLong);
        assertThat(page.select("#reason").val()).isEqualTo(overlong);
        assertThat(page.select("main script")).isEmpty();
        assertThat(page.select(".field-error #reason")).hasSize(1);
        assertThat(page.select("#reason-error").text()).isEqualTo("This is too long.");
        assertThat(page.select("#reason").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#analyst option[selected]").val()).isEqualTo(ann.id().toString());
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(page(empty).select("#reason-error").text()).isEqualTo("This is required.");
        assertThat(nobody.statusCode()).isEqualTo(400);
        assertThat(page(nobody).select("#analyst-error").text()).isEqualTo("Choose an analyst from the list.");
        assertThat(own.statusCode()).isEqualTo(409);
        assertThat(page(own).select(".error-summary").text()).contains("Another supervisor lifts your own limit.");
        assertThat(server.lifts.between(java.time.LocalDate.MIN, java.time.LocalDate.MAX)).isEmpty();
        assertThat(server.audit.actions()).doesNotContain("welfare.limit_lifted");
    }

    @Test
    void every_refusal_state_verdict_priority_and_closure_the_pages_can_meet_has_words() throws Exception {
        Messages english = Messages.in(Locale.ENGLISH);
        List<String> keys = new ArrayList<>();
        for (Class<? extends org.hotline.domain.Rejection.Reason> refusals : List.of(
                org.hotline.domain.report.CaseRefusal.class, org.hotline.domain.assessment.ClaimRefusal.class,
                org.hotline.domain.assessment.AssessmentRefusal.class, org.hotline.domain.assessment.CaseFileRefusal.class,
                org.hotline.domain.welfare.WelfareRefusal.class, org.hotline.domain.assessment.LegalDecisionRefusal.class,
                org.hotline.domain.assessment.LawChangesRefusal.class,
                org.hotline.domain.hosting.casework.HostingRefusal.class, org.hotline.domain.takedown.TakedownRefusal.class)) {
            for (var reason : refusals.getEnumConstants()) {
                keys.add("rejection." + reason.code());
            }
        }
        assertThat(keys).hasSizeGreaterThan(20);
        for (var state : List.of("AWAITING_ASSESSMENT", "IN_ASSESSMENT", "AWAITING_LEGAL_REVIEW", "AWAITING_HOSTING_TRACE",
                "FORWARDED", "IN_TAKEDOWN", "TO_REFER", "FOR_POLICE", "CLOSED")) {
            keys.add("state." + state);
        }
        for (var kind : org.hotline.domain.report.Finding.Kind.values()) {
            keys.addAll(List.of("verdict." + kind, "assess.next." + kind, "appeal.next." + kind));
        }
        for (var priority : org.hotline.domain.report.Priority.values()) {
            keys.add("priority." + priority);
        }
        for (var reason : CaseState.ClosureReason.values()) {
            keys.add("closure." + reason);
        }
        for (var kind : Assessment.Kind.values()) {
            keys.add("decision." + kind);
        }
        for (var stage : org.hotline.domain.report.Stage.values()) {
            keys.addAll(List.of("queue.title." + stage, "queue.waiting." + stage, "queue.empty." + stage));
        }
        assertThat(keys).allSatisfy(key -> assertThat(english.has(key)).as(key).isTrue());
    }

    // Fixtures

    /** Files a report of one address through the public form and gives its case's identifier. */
    private String aCase(String url, String seen) {
        assertThat(server.postForm("/report", "urls", url, "seen", seen).statusCode()).isEqualTo(303);
        return caseOf(url);
    }

    private String caseOf(String url) {
        return server.store.openCaseOf(ReportedUrl.parse(url).get()).get().id().toString();
    }

    private static CaseId caseId(String id) {
        return CaseId.parse(id).get();
    }

    private CaseState stateOf(String id) {
        return server.store.byId(caseId(id)).get().state();
    }

    private String staffId(String username) {
        return server.staff.byUsername(new org.hotline.domain.staff.Username(username)).get().id().toString();
    }

    /** A member with these roles, signed in, with a page read so that their forms carry the session's token. */
    private Visitor signedIn(String username, Role... roles) {
        return server.signedIn(username, PASSWORD, roles);
    }

    private static String[] fields(Map<String, String> answers) {
        return answers.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray(String[]::new);
    }

    private static Document page(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }
}
