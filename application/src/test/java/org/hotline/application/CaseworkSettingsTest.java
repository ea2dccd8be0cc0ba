package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.hotline.adapters.web.Visitor;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.hotline.domain.staff.Role;
import org.hotline.domain.testing.FixedClock;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench's settings reach the domain through the wiring, over HTTP against the whole program on a clock the
 * test moves: the length of a claim, the daily limit (and the metric that counts who reached it), and the window in
 * which reports of an address closed as not illegal fold into its case.
 */
class CaseworkSettingsTest {

    private static final String PASSWORD = "analyst passphrase";
    private static final String ADDRESS = "https://example.org/settings";

    @TempDir
    Path data;

    @Test
    void claims_run_for_the_configured_minutes_the_daily_limit_stops_the_queue_and_the_fold_window_is_kept() throws Exception {
        FixedClock clock = FixedClock.at("2026-06-01T08:00:00Z");
        Map<String, String> settings = Map.of("HOTLINE_CLAIM_MINUTES", "5", "HOTLINE_WELFARE_DAILY_LIMIT_MINUTES", "3",
                "HOTLINE_FOLD_WINDOW_DAYS", "0");
        try (Hotline hotline = Hotline.start(TestConfigurations.embeddedIn(data, settings), JurisdictionSettings.none(),
                clock)) {
            var staffing = new Staffing(hotline);
            Visitor ann = staffing.member(staffing.firstAdministrator(), "ann", PASSWORD, Role.ANALYST);
            assertThat(metrics(hotline)).containsPattern("(?m)^hotline_welfare_limits_reached(\\{[^}]*})? 0\\.0$");
            report(staffing);

            ann.get("/queue");
            String caseUrl = ann.postForm("/queue/claim-next").headers().firstValue("Location").orElseThrow();
            assertThat(Jsoup.parse(ann.get(caseUrl).body()).select("#case-claim").text())
                    .isEqualTo("Claimed by you until 10:05");
            clock.advance(Duration.ofMinutes(4));
            assertThat(ann.postForm(caseUrl + "/confirm", "media", "PHOTO_OR_VIDEO", "age", "ADULT", "realChild", "REAL",
                    "content", "NONE").statusCode()).isEqualTo(303);

            assertThat(metrics(hotline)).containsPattern("(?m)^hotline_welfare_limits_reached(\\{[^}]*})? 1\\.0$");
            var queue = Jsoup.parse(ann.get("/queue").body());
            assertThat(queue.select("#limit-reached").text()).contains("the limit is 0 h 03 min");
            assertThat(ann.postForm("/queue/claim-next").statusCode()).isEqualTo(409);

            clock.advance(Duration.ofMinutes(1));
            report(staffing);
            var rows = Jsoup.parse(ann.get("/queue").body()).select("table.queue tbody tr");
            assertThat(rows).as("past the fold window, a new report of the address opens a new case").hasSize(1);
            assertThat("/cases/" + rows.get(0).attr("data-case")).isNotEqualTo(caseUrl);
        }
    }

    private static void report(Staffing staffing) {
        Visitor reporter = staffing.visitor();
        reporter.get("/report");
        assertThat(reporter.postForm("/report", "urls", ADDRESS, "seen", "IMAGES").statusCode()).isEqualTo(303);
    }

    /** The metrics, as Prometheus on this machine reads them. */
    static String metrics(Hotline hotline) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + hotline.port() + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
