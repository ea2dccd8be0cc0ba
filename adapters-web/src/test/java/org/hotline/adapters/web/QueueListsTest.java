package org.hotline.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.hotline.domain.staff.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Large queues over HTTP: every case reachable page by page, lists narrowed from the address, cases found. */
class QueueListsTest {

    private static final String PASSWORD = "a long passphrase";

    /** The tests file more reports at once than the public may. */
    private final RunningServer server = new RunningServer(new WebSettings(WebSettings.DEFAULT_MAX_BODY_BYTES,
            new RateLimit(0, 1), java.util.Set.of()));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void every_case_of_a_long_queue_is_reached_page_by_page() {
        for (int i = 0; i < 120; i++) {
            file("http://example.org/" + i, "TEXT");
            server.clock.advance(Duration.ofSeconds(1));
        }
        Visitor ann = server.signedIn("ann", PASSWORD, Role.ANALYST);

        Document first = page(ann.get("/queue"));
        assertThat(first.select("table.queue tbody tr")).hasSize(50);
        assertThat(first.select("#page-of").text()).isEqualTo("Page 1 of 3");
        assertThat(first.select("#previous-page")).isEmpty();

        Document last = page(ann.get(first.select("#next-page").attr("href").replace("page=2", "page=3")));
        assertThat(last.select("table.queue tbody tr")).hasSize(20);
        assertThat(last.select("table.queue tbody tr code.address").last().text()).isEqualTo("http://example.org/119");
        assertThat(last.select("#next-page")).isEmpty();
        assertThat(page(ann.get("/queue?page=99")).select("table.queue tbody tr")).as("past the end: nothing").isEmpty();
        assertThat(ann.get("/queue?page=x").statusCode()).as("not a page: the first").isEqualTo(200);
    }

    @Test
    void a_list_is_narrowed_from_its_address_and_its_pages_keep_the_narrowing() {
        for (int i = 0; i < 60; i++) {
            file("http://cdn" + i + ".example.org/x", "IMAGES");
        }
        file("http://example.net/other", "IMAGES");
        file("http://example.org/text", "TEXT");
        Visitor ann = server.signedIn("ann", PASSWORD, Role.ANALYST);

        Document narrowed = page(ann.get("/queue?priority=HIGH&host=example.org"));
        assertThat(narrowed.select("#matching").text()).isEqualTo("60 cases match.");
        assertThat(narrowed.select("#priority option[selected]").val()).isEqualTo("HIGH");
        assertThat(narrowed.select("#host").val()).isEqualTo("example.org");
        assertThat(narrowed.select("#next-page").attr("href")).isEqualTo("/queue?priority=HIGH&host=example.org&page=2");
        Document second = page(ann.get(narrowed.select("#next-page").attr("href")));
        assertThat(second.select("table.queue tbody tr code.address").eachText()).hasSize(10)
                .allSatisfy(address -> assertThat(address).endsWith(".example.org/x"));

        assertThat(page(ann.get("/queue?waiting=OVER_A_WEEK")).select("#matching").text()).isEqualTo("No case matches.");
        server.clock.advance(Duration.ofDays(8));
        Visitor aWeekLater = server.visitor();
        aWeekLater.signIn("ann", PASSWORD);
        assertThat(page(aWeekLater.get("/queue?waiting=OVER_A_WEEK")).select("#matching").text()).isEqualTo("62 cases match.");
    }

    @Test
    void a_narrowing_that_cannot_be_read_is_shown_beside_its_field() {
        file("http://example.org/a", "TEXT");
        Visitor ann = server.signedIn("ann", PASSWORD, Role.ANALYST);

        var refused = ann.get("/queue?host=" + URLEncoder.encode("http://", StandardCharsets.UTF_8) + "&priority=SOON");

        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = page(refused);
        assertThat(page.select("#host-error").text()).contains("not a host name");
        assertThat(page.select(".error-summary").text()).contains("Priority").contains("Host");
        assertThat(page.select("table.queue tbody tr")).as("the list is shown whole").hasSize(1);
    }

    @Test
    void a_case_is_found_by_a_reference_or_an_address_from_every_list() {
        String location = server.postForm("/report", "urls", "http://example.org/found").headers().firstValue("Location").get();
        String reference = location.substring(location.lastIndexOf('/') + 1);
        Visitor sue = server.signedIn("sue", PASSWORD, Role.SUPERVISOR);

        Document byReference = page(sue.get("/queue/find?q=" + reference.toLowerCase()));
        assertThat(byReference.select("table.found tbody tr code.address").eachText()).containsExactly("http://example.org/found");
        Document byAddress = page(sue.get("/queue/find?q=" + URLEncoder.encode("HTTP://Example.org:80/found#x",
                StandardCharsets.UTF_8)));
        assertThat(byAddress.select("table.found a.open-case").attr("href")).startsWith("/cases/");
        assertThat(page(sue.get("/queue/find?q=example.org/lost")).select("#nothing-found").text()).isNotEmpty();
        var unreadable = sue.get("/queue/find?q=" + URLEncoder.encode("ftp://example.org", StandardCharsets.UTF_8));
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(page(unreadable).select(".error-summary").text()).contains("neither a reference");
        assertThat(server.visitor().get("/queue/find?q=x").statusCode()).as("for staff only").isEqualTo(303);
    }

    private void file(String url, String seen) {
        assertThat(server.postForm("/report", "urls", url, "seen", seen).statusCode()).isEqualTo(303);
    }

    private static Document page(java.net.http.HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }
}
