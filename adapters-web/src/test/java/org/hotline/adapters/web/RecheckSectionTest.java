package org.hotline.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.hotline.domain.recheck.Recheck;
import org.hotline.domain.recheck.RecheckOutcome;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.ReportedUrl;
import org.hotline.domain.staff.Role;
import org.hotline.domain.takedown.TakedownId;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The re-checks of a case's takedown on its page, the latest first, in the reader's language. */
class RecheckSectionTest {

    private final RunningServer server = new RunningServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private CaseId aCase(String url) {
        assertThat(server.postForm("/report", "urls", url, "seen", "IMAGES").statusCode()).isEqualTo(303);
        return server.store.openCaseOf(ReportedUrl.parse(url).get()).get().id();
    }

    private void checked(CaseId caseId, String at, RecheckOutcome outcome, String detail) {
        server.rechecks.add(new Recheck(UUID.randomUUID(), new TakedownId(UUID.randomUUID()), caseId,
                "http://gallery.example/x", Instant.parse(at), outcome, detail));
    }

    @Test
    void a_case_page_lists_its_rechecks_latest_first_and_a_case_without_any_has_no_section() {
        CaseId caseId = aCase("http://gallery.example/x");
        CaseId other = aCase("http://gallery.example/y");
        checked(caseId, "2026-05-04T07:00:00Z", RecheckOutcome.STILL_THERE, "The page answered 200.");
        checked(caseId, "2026-05-04T08:00:00Z", RecheckOutcome.GONE, "The server answered 404. The takedown is closed.");
        var sam = server.signedIn("sam", "a long passphrase", Role.SUPERVISOR);

        Document page = Jsoup.parse(sam.get("/cases/" + caseId).body());

        assertThat(page.select("#rechecks li.recheck").eachAttr("data-outcome")).containsExactly("GONE", "STILL_THERE");
        assertThat(page.select("#rechecks li.recheck").first().text())
                .isEqualTo("2026-05-04 10:00: Gone. The server answered 404. The takedown is closed.");
        assertThat(Jsoup.parse(sam.get("/cases/" + other).body()).select("#rechecks")).isEmpty();
        assertThat(Jsoup.parse(sam.get("/cases/" + caseId + "?lang=nl").body()).select("#rechecks li strong").eachText())
                .containsExactly("Verdwenen", "Nog aanwezig");
    }
}
