package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.hotline.adapters.web.Visitor;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.hotline.domain.staff.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole program, as a newcomer meets it: set up the first administrator, who creates an analyst; file a report
 * through the public form, find it in the analyst queue, restart the program, find it again, and see a second report
 * of the same address folded into the first.
 */
class HotlineEndToEndTest {

    private static final String ANALYST_PASSWORD = "analyst passphrase";

    @TempDir
    Path data;

    @Test
    void a_report_travels_from_the_public_form_to_the_analyst_queue_and_survives_a_restart() throws Exception {
        Configuration configuration = TestConfigurations.embeddedIn(data);
        String reference;
        try (Hotline hotline = Hotline.start(configuration, JurisdictionSettings.none())) {
            var staffing = new Staffing(hotline);
            staffing.member(staffing.firstAdministrator(), "alice", ANALYST_PASSWORD, Role.ANALYST);
            var reporter = staffing.visitor();
            var form = reporter.get("/report");
            assertThat(form.statusCode()).isEqualTo(200);

            var filed = reporter.postForm("/report", "urls", "https://example.org/gallery/17", "seen", "IMAGES");
            assertThat(filed.statusCode()).isEqualTo(303);
            String receipt = filed.headers().firstValue("Location").orElseThrow();
            reference = receipt.substring(receipt.lastIndexOf('/') + 1);
            assertThat(Jsoup.parse(reporter.get(receipt).body()).select("#reference").text()).isEqualTo(reference);

            assertThat(queueRows(staffing.signedIn("alice", ANALYST_PASSWORD)))
                    .containsExactly("https://example.org/gallery/17 | one report");
        }

        try (Hotline restarted = Hotline.start(configuration, JurisdictionSettings.none())) {
            var staffing = new Staffing(restarted);
            assertThat(restarted.setupToken()).as("the administrator survived the restart: no set-up is offered").isEmpty();
            Visitor analyst = staffing.signedIn("alice", ANALYST_PASSWORD);
            assertThat(queueRows(analyst)).containsExactly("https://example.org/gallery/17 | one report");

            var reporter = staffing.visitor();
            reporter.get("/report");
            var again = reporter.postForm("/report", "urls", "HTTPS://EXAMPLE.ORG/gallery/17#comments");
            assertThat(again.statusCode()).isEqualTo(303);

            assertThat(queueRows(analyst)).containsExactly("https://example.org/gallery/17 | 2 reports");
            Document queue = Jsoup.parse(analyst.get("/queue").body());
            assertThat(queue.select("ul.folded li .reference").eachText()).first().isEqualTo(reference);
        }
    }

    private java.util.List<String> queueRows(Visitor analyst) {
        var response = analyst.get("/queue");
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body()).select("table.queue tbody tr").stream()
                .map(row -> row.select("code.address").text() + " | " + row.select("summary").text())
                .toList();
    }
}
