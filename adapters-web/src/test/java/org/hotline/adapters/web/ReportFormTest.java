package org.hotline.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReportFormTest {

    private final RunningServer server = new RunningServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void the_form_labels_every_field_and_needs_no_script() {
        var response = server.get("/report");

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("form[method=post][action=/report]")).hasSize(1);
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("form input[type=hidden][name=_csrf]")).hasSize(1);
        for (var input : page.select("form textarea, form input:not([type=checkbox]):not([type=hidden])")) {
            assertThat(page.select("label[for=" + input.id() + "]")).as("label for " + input.id()).hasSize(1);
        }
        assertThat(page.select("input[type=checkbox][name=seen]")).hasSize(4);
    }

    @Test
    void a_valid_report_redirects_to_its_receipt() {
        var response = server.postForm("/report", "urls", "https://example.org/a\n\nexample.org/b", "seen", "IMAGES",
                "description", "Found it through a search.");

        assertThat(response.statusCode()).isEqualTo(303);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/report/received/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

        var receipt = server.get(location);
        assertThat(receipt.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(receipt.body());
        assertThat(page.select("#reference").text()).isEqualTo(location.substring(location.lastIndexOf('/') + 1));
        assertThat(page.text()).contains("2 addresses").contains("4 May 2026, 10:30");
        assertThat(server.store.countOpen()).isEqualTo(2);
    }

    @Test
    void a_wrong_field_reshows_the_form_with_what_was_typed_and_stores_nothing() {
        var response = server.postForm("/report", "urls", "https://example.org/ok\nftp://example.org/file",
                "seen", "VIDEOS", "description", "Keep this text", "contactEmail", "not an address");

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#urls").first().wholeText()).isEqualTo("https://example.org/ok\nftp://example.org/file");
        assertThat(page.select("#description").first().wholeText()).isEqualTo("Keep this text");
        assertThat(page.select("#seen-VIDEOS").hasAttr("checked")).isTrue();
        assertThat(page.select("#seen-IMAGES").hasAttr("checked")).isFalse();
        assertThat(page.select("#contactEmail").val()).isEqualTo("not an address");
        assertThat(page.select(".field-error #urls-error").text()).startsWith("Line 2:").contains("http or https");
        assertThat(page.select("#contactEmail").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select(".error-summary a[href=#contactEmail]")).hasSize(1);
        assertThat(server.store.countOpen()).isZero();
    }

    @Test
    void markup_typed_into_any_field_is_shown_as_text() {
        String script = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        var response = server.postForm("/report", "urls", "ftp://" + script, "description", script,
                "contactName", script, "contactEmail", script, "contactPhone", script);

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("img")).isEmpty();
        assertThat(page.select("#description").first().wholeText()).isEqualTo(script);
        assertThat(page.select("#contactName").val()).isEqualTo(script);
    }

    @Test
    void an_unknown_receipt_is_not_found() {
        assertThat(server.get("/report/received/0000-0000-0000").statusCode()).isEqualTo(404);
        assertThat(server.get("/report/received/not-a-reference").statusCode()).isEqualTo(404);
    }

    @Test
    void the_form_refuses_a_body_that_is_not_a_form() {
        var response = server.post("/report", "application/json", "{\"urls\":[\"example.org\"]}");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(server.store.countOpen()).isZero();
    }

    @Test
    void the_queue_folds_reports_of_one_address_under_its_case() {
        server.postForm("/report", "urls", "http://example.org/viral");
        server.clock.advance(java.time.Duration.ofMinutes(1));
        server.postForm("/report", "urls", "HTTP://EXAMPLE.ORG/viral#frag");
        server.clock.advance(java.time.Duration.ofMinutes(1));
        server.postForm("/report", "urls", "http://example.org/other");
        server.member("alice", "analyst passphrase", org.hotline.domain.staff.Role.ANALYST);
        var analyst = server.visitor();
        analyst.signIn("alice", "analyst passphrase");

        var response = analyst.get("/queue");

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        var rows = page.select("table.queue tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).select("code.address").text()).isEqualTo("http://example.org/viral");
        assertThat(rows.get(0).select("summary").text()).isEqualTo("2 reports");
        assertThat(rows.get(0).select("ul.folded li")).hasSize(2);
        assertThat(rows.get(1).select("code.address").text()).isEqualTo("http://example.org/other");
        assertThat(rows.get(0).select("a")).as("addresses are never links an analyst could follow by accident")
                .allSatisfy(link -> {
                    assertThat(link.attr("href")).startsWith("/cases/").doesNotContain("example.org");
                    assertThat(link.text()).doesNotContain("example.org");
                });
    }
}
