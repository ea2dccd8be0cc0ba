package org.hotline.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguagesTest {

    @TempDir
    Path directory;

    @Test
    void the_form_speaks_the_browsers_language_when_it_is_offered() {
        try (var server = new RunningServer()) {
            assertThat(formIn(server, "nl-BE,nl;q=0.9,en;q=0.5").select("h1").text()).isEqualTo("Seksueel misbruik van kinderen melden");
            assertThat(formIn(server, "fr-BE,fr;q=0.8").select("h1").text()).isEqualTo("Signaler des abus sexuels sur des enfants");
            Document german = formIn(server, "de-DE");
            assertThat(german.select("h1").text()).as("an unoffered language falls back to the first").isEqualTo("Report child sexual abuse material");
            assertThat(formIn(server, "fr").select("html").attr("lang")).isEqualTo("fr");
        }
    }

    @Test
    void the_switch_changes_the_language_and_it_is_remembered() throws Exception {
        try (var server = new RunningServer()) {
            Document english = formIn(server, "en");
            assertThat(english.select("nav.languages a").eachAttr("hreflang")).containsExactly("nl", "fr");

            HttpResponse<String> switched = server.send(HttpRequest.newBuilder(server.uri("/report?lang=fr"))
                    .header("Accept-Language", "en").build());
            assertThat(Jsoup.parse(switched.body()).select("h1").text()).isEqualTo("Signaler des abus sexuels sur des enfants");
            String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(cookie).startsWith("hotline_lang=fr").contains("HttpOnly");

            var later = server.send(HttpRequest.newBuilder(server.uri("/report")).header("Accept-Language", "en")
                    .header("Cookie", cookie.substring(0, cookie.indexOf(';'))).build());
            assertThat(Jsoup.parse(later.body()).select("h1").text()).isEqualTo("Signaler des abus sexuels sur des enfants");
        }
    }

    @Test
    void errors_and_receipts_are_in_the_chosen_language_too() throws Exception {
        try (var server = new RunningServer()) {
            var refused = postFormIn(server, "nl", "urls", "ftp://example.org");
            assertThat(Jsoup.parse(refused.body()).select("#urls-error").text())
                    .isEqualTo("Regel 1: Alleen webadressen die met http of https beginnen, kunnen gemeld worden.");

            var filed = postFormIn(server, "fr", "urls", "example.org/a\nexample.org/b");
            var receipt = server.send(HttpRequest.newBuilder(server.uri(filed.headers().firstValue("Location").orElseThrow()))
                    .header("Accept-Language", "fr").build());
            assertThat(Jsoup.parse(receipt.body()).text()).contains("Nous l'avons reçu le 4 mai 2026").contains("avec 2 adresses")
                    .contains("nous n'informons habituellement pas");
        }
    }

    @Test
    void a_hotline_adds_a_language_with_a_bundle_in_a_directory_and_no_code() throws Exception {
        Path bundles = Files.createDirectories(directory.resolve("i18n"));
        Files.writeString(bundles.resolve("messages_de.properties"), "form.title=Sexuellen Missbrauch von Kindern melden\n");
        var languages = new Languages(List.of(Locale.GERMAN, Locale.ENGLISH), Optional.of(directory));
        try (var server = new RunningServer(new WebSettings(WebSettings.DEFAULT_MAX_BODY_BYTES, WebSettings.DEFAULT_RATE_LIMIT,
                Set.of(), languages))) {
            Document german = formIn(server, "de");
            assertThat(german.select("h1").text()).isEqualTo("Sexuellen Missbrauch von Kindern melden");
            assertThat(german.select("label[for=urls]").text()).as("missing keys fall back to English").isEqualTo("Web addresses");
        }
    }

    @Test
    void a_language_without_a_bundle_is_refused_at_start() {
        assertThatThrownBy(() -> new Languages(List.of(Locale.ENGLISH, Locale.ITALIAN), Optional.empty()))
                .hasMessageContaining("messages_it.properties");
    }

    private static HttpResponse<String> postFormIn(RunningServer server, String language, String... namesAndValues) {
        String[] withToken = java.util.Arrays.copyOf(namesAndValues, namesAndValues.length + 2);
        withToken[namesAndValues.length] = FormTokens.FIELD;
        withToken[namesAndValues.length + 1] = RunningServer.PUBLIC_FORM_TOKEN;
        return server.post("/report", "application/x-www-form-urlencoded", RunningServer.formBody(withToken),
                "Cookie", FormTokens.COOKIE + "=" + RunningServer.PUBLIC_FORM_TOKEN, "Accept-Language", language);
    }

    private static Document formIn(RunningServer server, String acceptLanguage) {
        return Jsoup.parse(server.send(HttpRequest.newBuilder(server.uri("/report")).header("Accept-Language", acceptLanguage)
                .build()).body());
    }
}
