package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole program, as a newcomer meets it: file a report through the public form, find it in the analyst queue,
 * restart the program, find it again, and see a second report of the same address folded into the first.
 */
class HotlineEndToEndTest {

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void a_report_travels_from_the_public_form_to_the_analyst_queue_and_survives_a_restart() throws Exception {
        Configuration configuration = TestConfigurations.embeddedIn(data);
        String reference;
        try (Hotline hotline = Hotline.start(configuration, JurisdictionSettings.none())) {
            var form = get(hotline, "/report");
            assertThat(form.statusCode()).isEqualTo(200);

            var filed = postForm(hotline, "/report", Map.of("urls", "https://example.org/gallery/17", "seen", "IMAGES"));
            assertThat(filed.statusCode()).isEqualTo(303);
            String receipt = filed.headers().firstValue("Location").orElseThrow();
            reference = receipt.substring(receipt.lastIndexOf('/') + 1);
            assertThat(Jsoup.parse(get(hotline, receipt).body()).select("#reference").text()).isEqualTo(reference);

            assertThat(queueRows(hotline)).containsExactly("https://example.org/gallery/17 | one report");
        }

        try (Hotline restarted = Hotline.start(configuration, JurisdictionSettings.none())) {
            assertThat(queueRows(restarted)).containsExactly("https://example.org/gallery/17 | one report");

            var again = postForm(restarted, "/report", Map.of("urls", "HTTPS://EXAMPLE.ORG/gallery/17#comments"));
            assertThat(again.statusCode()).isEqualTo(303);

            assertThat(queueRows(restarted)).containsExactly("https://example.org/gallery/17 | 2 reports");
            Document queue = Jsoup.parse(get(restarted, "/queue").body());
            assertThat(queue.select("ul.folded li .reference").eachText()).first().isEqualTo(reference);
        }
    }

    private java.util.List<String> queueRows(Hotline hotline) throws Exception {
        var response = get(hotline, "/queue");
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body()).select("table.queue tbody tr").stream()
                .map(row -> row.select("code.address").text() + " | " + row.select("summary").text())
                .toList();
    }

    private HttpResponse<String> get(Hotline hotline, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(hotline, path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(Hotline hotline, String path, Map<String, String> fields) throws Exception {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return http.send(HttpRequest.newBuilder(uri(hotline, path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(Hotline hotline, String path) {
        return URI.create("http://127.0.0.1:" + hotline.port() + path);
    }
}
