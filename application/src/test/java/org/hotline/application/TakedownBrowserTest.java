package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.hotline.domain.staff.Role;
import org.hotline.domain.testing.FixedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Belgian takedown in a real browser: an analyst assesses a report illegal and settles its hosting at home, and
 * informs the Federal Police from the case page; the police liaison finds it on the police page, records the
 * magistrate's approval, places a hold and lifts it, records the police's request to the host, and asks the hotline to
 * keep the capture; the analyst answers that on the case page, then records the content seen gone, and the case
 * closes. Every page is checked for accessibility on the way.
 */
class TakedownBrowserTest {

    static final FixedClock CLOCK = FixedClock.at("2026-06-01T08:00:00Z");

    @RegisterExtension
    static final Workbench workbench = new Workbench(Map.of("HOTLINE_JURISDICTION", "BE"), CLOCK);

    @Test
    void a_belgian_takedown_runs_from_the_case_page_and_the_police_page_to_the_content_seen_gone() {
        workbench.signInAsAdministrator();
        String ann = workbench.createStaff("ann.analyst", "Ann Analyst", Role.ANALYST);
        String pat = workbench.createStaff("pat.police", "Pat Police", Role.POLICE_LIAISON);
        workbench.signOut();
        String address = "https://example.org/takedown/one";
        workbench.fileReport(address, "IMAGES");

        workbench.signInFirstTime("ann.analyst", ann, "ann's own passphrase");
        workbench.open("/queue");
        workbench.submit("#claim-next");
        workbench.answer(Workbench.BASELINE_ANSWERS);
        workbench.submit("#preview-verdict");
        workbench.submit("#confirm-verdict");
        String caseId = workbench.path().substring("/cases/".length());
        workbench.type("#country", "BE");
        workbench.type("#reason", "The host's own page names a Belgian data centre.");
        workbench.submit("#settle");
        assertThat(workbench.text("#case-state")).isEqualTo("In takedown");
        assertThat(workbench.all("#takedown-steps li")).extracting(step -> step.getAttribute("data-step"))
                .containsExactly("notify-federal-police", "magistrate-verbal-approval", "police-notice-to-host",
                        "written-removal-order");
        workbench.type("#note-notify-federal-police", "FCCU 2026/118");
        workbench.submit("#record-notify-federal-police button");
        assertThat(workbench.text("#takedown-steps li[data-step=notify-federal-police] .done")).contains("Ann Analyst");
        workbench.signOut();

        workbench.signInFirstTime("pat.police", pat, "pat's own passphrase");
        workbench.open("/police");
        String entry = "#waiting #case-" + caseId;
        workbench.type(entry + " textarea[name=note]", "Substitute, by telephone");
        workbench.submit(entry + " form.takedown-step button");
        workbench.type(entry + " input[name=reference]", "Operation Lindeboom");
        workbench.type(entry + " input[name=reviewOn]", "2026-06-15");
        workbench.submit(entry + " form.place-hold button");
        assertThat(workbench.text("#holds #case-" + caseId)).contains("Operation Lindeboom", "2026-06-15");
        workbench.type("#holds #case-" + caseId + " textarea[name=reason]", "Evidence secured");
        workbench.submit("#holds #case-" + caseId + " form.lift button");
        workbench.find("#holds-none");
        workbench.submit(entry + " form.takedown-step button");
        assertThat(workbench.all(entry + " form.place-hold")).as("the host was asked: no more holds").isEmpty();
        workbench.type("#request-case", caseId);
        workbench.type("#request-text", "Keep the capture for the investigation.");
        workbench.type("#request-neededBy", "2026-06-10");
        workbench.submit("#ask-request button");
        assertThat(workbench.text("#requests article.police-request .answer")).isEqualTo("Not answered yet.");
        workbench.signOut();

        workbench.signIn("ann.analyst", "ann's own passphrase");
        workbench.open("/cases/" + caseId);
        assertThat(workbench.text("#police-requests p.request")).isEqualTo("Keep the capture for the investigation.");
        workbench.type("#police-requests textarea[name=answer]", "Kept: the capture is sealed.");
        workbench.submit("#police-requests form.answer-request button");
        assertThat(workbench.text("#police-requests p.answer")).contains("Kept: the capture is sealed.");
        assertThat(workbench.all("#takedown-steps li[data-done=true]")).hasSize(3);
        assertThat(workbench.text("#takedown-lifted")).contains("Operation Lindeboom", "Evidence secured");
        workbench.type("#evidence", "The address answers 404 Not Found.");
        workbench.submit("#record-removed button");

        assertThat(workbench.text("#case-state")).startsWith("Closed (content removed: The address answers 404");
        assertThat(workbench.text("#takedown-time")).isEqualTo("Time to removal: 0 d 0 h 0 min.");
        workbench.signOut();
    }
}
