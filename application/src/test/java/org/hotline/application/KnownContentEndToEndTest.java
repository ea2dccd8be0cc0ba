package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hotline.adapters.web.Visitor;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hash lists through the running program: a list imported from the command line is in the index at start, one
 * uploaded on the administrators' page reaches it within a refresh, and partners ask the matches API about both.
 */
class KnownContentEndToEndTest {

    static final String MD5 = "0123456789abcdef0123456789abcdef";
    static final String SHA1 = "0123456789abcdef0123456789abcdef01234567";
    static final String UNKNOWN = "f".repeat(32);

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void a_listed_hash_is_known_to_partners_and_an_uploaded_list_joins_without_a_restart() throws Exception {
        Configuration configuration = TestConfigurations.embeddedIn(data.resolve("db"));
        String key = partnerKey(configuration);
        command(configuration, "known", "define", "made-up", "--source", "national-list", "--jurisdiction", "GB",
                "--category", "B");
        command(configuration, "known", "import", Files.writeString(data.resolve("l.txt"), MD5 + "\n").toString(),
                "--list", "made-up");

        try (Hotline hotline = Hotline.start(configuration, JurisdictionSettings.none())) {
            JsonNode answer = ask(hotline, key, MD5, UNKNOWN);
            assertThat(answer.get("asked").asInt()).isEqualTo(2);
            assertThat(answer.get("known")).hasSize(1);
            JsonNode known = answer.get("known").get(0);
            assertThat(known.get("value").asText()).isEqualTo(MD5);
            assertThat(known.get("matches").get(0).get("verdict").asText()).isEqualTo("illegal");
            assertThat(known.get("matches").get(0).get("category").asText()).isEqualTo("B");
            assertThat(known.get("matches").get(0).get("jurisdiction").asText()).isEqualTo("GB");
            assertThat(known.toString()).as("nothing of the list itself").doesNotContain("made-up");

            Visitor admin = new Staffing(hotline).firstAdministrator();
            var page = admin.get("/admin/known-lists");
            assertThat(Jsoup.parse(page.body()).select("tr[data-list=made-up] .entries").text()).isEqualTo("1");
            var uploaded = admin.postFile("/admin/known-lists/import", "file", "more.csv",
                    ("algorithm,hash,verdict,category,baseline,added\nsha1," + SHA1 + ",illegal,A,true,\n")
                            .getBytes(StandardCharsets.UTF_8), "list", "made-up", "format", "auto");
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
            assertThat(Jsoup.parse(uploaded.body()).select("#import-outcome").text()).contains("1 added");

            assertThat(knownWithin(hotline, key, SHA1)).as("the upload reaches the index without a restart").isTrue();
        }
    }

    @Test
    void the_matches_api_is_for_partners_with_a_key_and_refuses_bad_hashes_where_they_are() throws Exception {
        Configuration configuration = TestConfigurations.embeddedIn(data.resolve("db"));
        String key = partnerKey(configuration);
        try (Hotline hotline = Hotline.start(configuration, JurisdictionSettings.none())) {
            assertThat(post(hotline, null, "{\"hashes\": [{\"algorithm\": \"md5\", \"value\": \"" + MD5 + "\"}]}")
                    .statusCode()).isEqualTo(401);
            var bad = post(hotline, key, "{\"hashes\": [{\"algorithm\": \"md5\", \"value\": \"" + MD5
                    + "\"}, {\"algorithm\": \"crc\", \"value\": \"00\"}]}");
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("hashes[1]").contains("crc");
            assertThat(post(hotline, key, "{\"hashes\": []}").statusCode()).isEqualTo(400);
        }
    }

    private boolean knownWithin(Hotline hotline, String key, String hash) throws Exception {
        long until = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < until) {
            if (ask(hotline, key, hash).get("known").size() == 1) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private JsonNode ask(Hotline hotline, String key, String... hashes) throws Exception {
        String body = "{\"hashes\": [" + String.join(", ", java.util.Arrays.stream(hashes).map(h -> "{\"algorithm\": \""
                + (h.length() == 32 ? "md5" : "sha1") + "\", \"value\": \"" + h + "\"}").toList()) + "]}";
        var response = post(hotline, key, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> post(Hotline hotline, String key, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hotline.port() + "/api/v1/matches"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String partnerKey(Configuration configuration) {
        String out = command(configuration, "partner", "add", "Example Partner");
        return java.util.regex.Pattern.compile("hlk_[0-9a-f]{64}").matcher(out).results().findFirst().orElseThrow().group();
    }

    private static String command(Configuration configuration, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = Commands.run(List.of(args), configuration, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
