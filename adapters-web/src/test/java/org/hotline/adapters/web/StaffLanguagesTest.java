package org.hotline.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import org.hotline.domain.law.LawWording;
import org.hotline.domain.law.WordedLaw;
import org.hotline.domain.staff.Role;
import org.hotline.domain.testing.TestLaw;
import org.hotline.domain.welfare.WelfareSettings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StaffLanguagesTest {

    private static final String PASSWORD = "a long passphrase";

    private final RunningServer server = new RunningServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_member_who_chooses_dutch_gets_it_in_every_later_session_whatever_the_browser_asks() {
        Visitor alice = server.signedIn("alice", PASSWORD, Role.ANALYST);
        assertThat(page(alice, "/account").select("h1").text()).isEqualTo("My account");

        var saved = alice.postForm(SignInPages.LANGUAGE, "language", "nl");
        assertThat(saved.statusCode()).isEqualTo(303);
        Document account = page(alice, saved.headers().firstValue("Location").orElseThrow());
        assertThat(account.select("h1").text()).isEqualTo("Mijn account");
        assertThat(account.select("html").attr("lang")).isEqualTo("nl");
        assertThat(account.select("#language-saved").text()).isEqualTo("Uw taal is opgeslagen.");
        assertThat(account.select("#language option[selected]").attr("value")).isEqualTo("nl");

        Visitor elsewhere = server.visitor();
        elsewhere.signIn("alice", PASSWORD);
        Document queue = page(elsewhere, QueuePages.QUEUE);
        assertThat(queue.select("h1").text()).isEqualTo("Wachtrij van de analisten");
        assertThat(queue.select(".staff-nav a[href=\"/account\"]").text()).isEqualTo("Mijn account");
    }

    @Test
    void a_member_who_chose_french_and_then_the_browser_follows_the_browser_again() {
        Visitor bob = server.signedIn("bob", PASSWORD, Role.ANALYST);
        bob.postForm(SignInPages.LANGUAGE, "language", "fr");
        assertThat(page(bob, QueuePages.QUEUE).select("h1").text()).isEqualTo("File des analystes");

        page(bob, "/account");
        bob.postForm(SignInPages.LANGUAGE, "language", "");
        Document account = page(bob, "/account");
        assertThat(account.select("h1").text()).isEqualTo("My account");
        assertThat(account.select("#language option[selected]").attr("value")).isEmpty();
    }

    @Test
    void a_language_that_is_not_offered_is_refused_beside_the_field_and_nothing_changes() {
        Visitor carol = server.signedIn("carol", PASSWORD, Role.ANALYST);

        var refused = carol.postForm(SignInPages.LANGUAGE, "language", "de");

        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#language-error").text()).isEqualTo("Choose a language from the list.");
        assertThat(page(carol, QueuePages.QUEUE).select("h1").text()).isEqualTo("Analyst queue");
    }

    @Test
    void times_on_staff_pages_are_written_the_way_the_language_writes_them() {
        Visitor dirk = server.signedIn("dirk", PASSWORD, Role.ANALYST);
        String english = page(dirk, "/account").select("tr.session td").first().text();

        page(dirk, "/account");
        dirk.postForm(SignInPages.LANGUAGE, "language", "nl");
        String dutch = page(dirk, "/account").select("tr.session td").first().text();
        page(dirk, "/account");
        dirk.postForm(SignInPages.LANGUAGE, "language", "fr");
        String french = page(dirk, "/account").select("tr.session td").first().text();

        assertThat(english).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(dutch).matches("\\d{1,2} [a-z]+\\.? \\d{4} \\d{2}:\\d{2}").isNotEqualTo(french);
        assertThat(french).matches("\\d{1,2} [a-zéû]+\\.? \\d{4} \\d{2}:\\d{2}");
    }

    @Test
    void the_questionnaire_verdict_and_statutes_come_in_the_members_language_from_the_law_adapters_words() {
        server.close();
        try (var worded = new RunningServer(new WordedLaw(TestLaw.withUninvolvedReviewer(false), language ->
                language.getLanguage().equals("nl") ? new LawWording(language, key -> Option.some("nl " + key))
                        : LawWording.asWritten(language)), WelfareSettings.defaults(RunningServer.BRUSSELS))) {
            assertThat(worded.postForm("/report", "urls", "http://example.org/gallery", "seen", "IMAGES").statusCode())
                    .isEqualTo(303);
            Visitor eva = worded.signedIn("eva", PASSWORD, Role.ANALYST);
            eva.postForm(SignInPages.LANGUAGE, "language", "nl");
            page(eva, "/account");
            String caseAt = eva.postForm("/queue/claim-next").headers().firstValue("Location").orElseThrow();

            Document form = page(eva, caseAt);
            assertThat(form.select("#assessment fieldset.question legend").eachText()).startsWith("nl question.media",
                    "nl question.age");
            assertThat(form.select("label[for=media-PHOTO_OR_VIDEO]").text()).isEqualTo("nl answer.media.PHOTO_OR_VIDEO");

            Document previewed = Jsoup.parse(eva.postForm(caseAt + "/preview", TestLaw.illegal().entrySet().stream()
                    .flatMap(answer -> java.util.stream.Stream.of(answer.getKey(), answer.getValue()))
                    .toArray(String[]::new)).body());
            var verdict = previewed.select("#verdict-preview");
            assertThat(verdict.select(".verdict-kind").text()).isEqualTo("Illegaal");
            assertThat(verdict.text()).contains("nl rule.").contains("nl statute.test-act-s-1");
        }
    }

    private static Document page(Visitor visitor, String path) {
        var answer = visitor.get(path);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(answer.body());
    }
}
