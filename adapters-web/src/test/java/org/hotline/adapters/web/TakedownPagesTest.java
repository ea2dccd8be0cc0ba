package org.hotline.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.CaseState;
import org.hotline.domain.report.ReportedUrl;
import org.hotline.domain.staff.Role;
import org.hotline.domain.takedown.TakedownState;
import org.hotline.domain.testing.TestLaw;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Takedowns over real HTTP, under the test agreement (the hotline tells the police, the police clear it, the hotline
 * sends the notice): the section of the case page, the police liaison's page, and the forms of each, with their roles
 * and form tokens.
 */
class TakedownPagesTest {

    private static final String PASSWORD = "a long passphrase";

    private final RunningServer server = new RunningServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void the_case_page_shows_the_steps_in_order_and_only_the_hotlines_step_to_an_analyst() {
        var anna = signedIn("anna", Role.ANALYST);
        String id = inTakedown(anna, "http://home.example/a");

        Document page = page(anna.get("/cases/" + id));

        assertThat(page.select("#takedown-steps li").eachAttr("data-step")).containsExactly("police", "clear", "notice");
        assertThat(page.select("#takedown-steps li .actor").eachText()).containsExactly("Hotline", "Police", "Hotline");
        assertThat(page.select("#takedown-steps li[data-next=true]").eachAttr("data-step")).containsExactly("police");
        assertThat(page.select("#takedown form.takedown-step input[name=step]").eachAttr("value")).containsExactly("police");

        var recorded = anna.postForm("/cases/" + id + "/takedown/step", "step", "police", "as", "ANALYST", "note",
                "FCCU ref 12");

        assertThat(recorded.statusCode()).isEqualTo(303);
        assertThat(recorded.headers().firstValue("Location")).contains("/cases/" + id + "#takedown");
        Document after = page(anna.get("/cases/" + id));
        assertThat(after.select("#takedown-steps li[data-step=police]").attr("data-done")).isEqualTo("true");
        assertThat(after.select("#takedown-steps li[data-step=police] .done").text()).startsWith("Done; recorded by");
        assertThat(after.select("#takedown-steps li[data-step=police] .note").text()).isEqualTo("FCCU ref 12");
        assertThat(after.select("#takedown form.takedown-step")).as("the police's step is not the analyst's").isEmpty();
        var policeStep = anna.postForm("/cases/" + id + "/takedown/step", "step", "clear", "as", "ANALYST", "note", "");
        assertThat(policeStep.statusCode()).isEqualTo(403);
    }

    @Test
    void the_police_liaison_records_the_police_step_holds_and_lifts_and_the_notice_waits_for_the_hold() {
        server.hostNotices.contactFor("home.example");
        var anna = signedIn("anna", Role.ANALYST);
        var paul = signedIn("paul", Role.POLICE_LIAISON);
        String id = inTakedown(anna, "http://home.example/a");
        anna.postForm("/cases/" + id + "/takedown/step", "step", "police", "as", "ANALYST", "note", "");

        Document police = page(paul.get("/police"));
        assertThat(police.select("#waiting article.waiting").eachAttr("id")).containsExactly("case-" + id);
        assertThat(police.select("#case-" + id + " form.takedown-step input[name=step]").attr("value")).isEqualTo("clear");
        assertThat(paul.postForm("/cases/" + id + "/takedown/hold", "reference", "OP-7", "reviewOn", "next week")
                .statusCode()).isEqualTo(400);
        var held = paul.postForm("/cases/" + id + "/takedown/hold", "reference", "OP-7", "reviewOn", "2026-05-11");
        assertThat(held.statusCode()).isEqualTo(303);
        assertThat(held.headers().firstValue("Location")).contains("/police#case-" + id);
        assertThat(paul.postForm("/cases/" + id + "/takedown/step", "step", "clear", "as", "POLICE_LIAISON", "note", "")
                .statusCode()).isEqualTo(303);

        Document holds = page(paul.get("/police"));
        assertThat(holds.select("#holds article.held").eachAttr("id")).containsExactly("case-" + id);
        assertThat(holds.select("#holds article.held").attr("data-due")).isEqualTo("false");
        var notice = anna.postForm("/cases/" + id + "/takedown/step", "step", "notice", "as", "ANALYST", "note", "");
        assertThat(notice.statusCode()).isEqualTo(409);
        assertThat(page(notice).select("#refusal").text()).contains("nothing reaches the host until they lift it");
        assertThat(page(anna.get("/cases/" + id)).select("#takedown-hold").text()).contains("OP-7", "2026-05-11");

        server.clock.advance(Duration.ofDays(7));
        paul = again(paul, "paul");
        anna = again(anna, "anna");
        assertThat(page(paul.get("/police")).select("#holds-due").text()).isEqualTo("Holds due for review: 1.");
        assertThat(paul.postForm("/cases/" + id + "/takedown/lift", "reason", "Arrests made").statusCode()).isEqualTo(303);
        assertThat(anna.postForm("/cases/" + id + "/takedown/step", "step", "notice", "as", "ANALYST", "note", "")
                .statusCode()).isEqualTo(303);
        assertThat(server.hostNotices.sent()).hasSize(1);
        assertThat(page(paul.get("/police")).select("#holds-none")).hasSize(1);
    }

    @Test
    void the_content_seen_gone_ends_the_takedown_and_the_page_gives_the_time_to_removal() {
        server.hostNotices.contactFor("home.example");
        var anna = signedIn("anna", Role.ANALYST);
        var paul = signedIn("paul", Role.POLICE_LIAISON);
        String id = inTakedown(anna, "http://home.example/a");
        anna.postForm("/cases/" + id + "/takedown/step", "step", "police", "as", "ANALYST", "note", "");
        paul.postForm("/cases/" + id + "/takedown/step", "step", "clear", "as", "POLICE_LIAISON", "note", "");
        anna.get("/cases/" + id);
        anna.postForm("/cases/" + id + "/takedown/step", "step", "notice", "as", "ANALYST", "note", "");
        server.clock.advance(Duration.ofHours(26));
        anna = again(anna, "anna");

        assertThat(anna.postForm("/cases/" + id + "/takedown/removed", "evidence", "").statusCode()).isEqualTo(400);
        var removed = anna.postForm("/cases/" + id + "/takedown/removed", "evidence", "404 at the address");

        assertThat(removed.statusCode()).isEqualTo(303);
        Document page = page(anna.get("/cases/" + id));
        assertThat(page.select("#takedown-time").text()).isEqualTo("Time to removal: 1 d 2 h 0 min.");
        assertThat(page.select("#takedown-ended").text()).contains("404 at the address");
        assertThat(page.select("#case-state").text()).startsWith("Closed");
        assertThat(server.takedowns.ofCase(CaseId.parse(id).get()).get().state()).isInstanceOf(TakedownState.Removed.class);
    }

    @Test
    void a_form_without_its_token_changes_nothing_and_other_roles_are_refused() {
        var anna = signedIn("anna", Role.ANALYST);
        var sam = signedIn("sam", Role.SUPERVISOR);
        String id = inTakedown(anna, "http://home.example/a");

        var forged = anna.postFormWithoutToken("/cases/" + id + "/takedown/step", "step", "police", "as", "ANALYST");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(server.takedowns.ofCase(CaseId.parse(id).get()).get().done()).isEmpty();
        assertThat(anna.get("/police").statusCode()).isEqualTo(403);
        assertThat(anna.postForm("/cases/" + id + "/takedown/hold", "reference", "x", "reviewOn", "2026-06-01")
                .statusCode()).isEqualTo(403);
        anna.get("/cases/" + id);
        var recorded = anna.postForm("/cases/" + id + "/takedown/step", "step", "police", "as", "ANALYST", "note", "");
        assertThat(recorded.statusCode()).isEqualTo(303);
        Document bySupervisor = page(sam.get("/police"));
        assertThat(bySupervisor.select("#waiting article.waiting").eachAttr("id")).containsExactly("case-" + id);
        assertThat(bySupervisor.select("form")).as("no forms for a supervisor").allSatisfy(form ->
                assertThat(form.attr("action")).doesNotContain("/takedown/"));
    }

    /** A case of the address, assessed illegal by the analyst and settled at home (XT): its takedown runs. */
    private String inTakedown(Visitor analyst, String url) {
        server.dns.address("home.example", "192.0.2.1");
        server.ipData.with("192.0.2.1", "XT", 64501, "Home Hosting");
        assertThat(server.postForm("/report", "urls", url, "seen", "IMAGES").statusCode()).isEqualTo(303);
        String id = server.store.openCaseOf(ReportedUrl.parse(url).get()).get().id().toString();
        analyst.postForm("/cases/" + id + "/claim");
        assertThat(analyst.postForm("/cases/" + id + "/confirm", fields(TestLaw.illegal())).statusCode()).isEqualTo(303);
        server.traceWork.round(10);
        assertThat(analyst.postForm("/cases/" + id + "/hosting", "country", "XT", "reason", "").statusCode()).isEqualTo(303);
        assertThat(server.store.byId(CaseId.parse(id).get()).get().state()).isInstanceOf(CaseState.InTakedown.class);
        analyst.get("/cases/" + id);
        return id;
    }

    /** The member signed in again (their session ran out while the clock moved on), with a page read for the token. */
    private static Visitor again(Visitor visitor, String username) {
        assertThat(visitor.signIn(username, PASSWORD).statusCode()).isEqualTo(303);
        visitor.get("/account");
        return visitor;
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
