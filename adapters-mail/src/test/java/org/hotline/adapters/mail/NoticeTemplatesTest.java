package org.hotline.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.domain.testing.TestNotices.aFirstNotice;
import static org.hotline.domain.testing.TestNotices.aHostingProvider;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.vavr.control.Option;
import org.hotline.domain.contact.EmailAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoticeTemplatesTest {

    private static final Sender FROM = new Sender(Option.some("Example Hotline"), EmailAddress.of("notices@hotline.example"));
    private static final Locale GERMAN = Locale.GERMAN;

    @Test
    void the_program_speaks_english_dutch_and_french() {
        var templates = NoticeTemplates.bundled();

        assertThat(templates.speaks(Locale.ENGLISH)).isTrue();
        assertThat(templates.speaks(Locale.forLanguageTag("nl"))).isTrue();
        assertThat(templates.speaks(Locale.FRENCH)).isTrue();
        assertThat(templates.speaks(GERMAN)).isFalse();
    }

    @Test
    void a_language_without_templates_is_named_with_what_to_do() {
        var problems = NoticeTemplates.load(List.of(Locale.ENGLISH, GERMAN), Option.none()).getLeft();

        assertThat(problems).hasSize(3);
        assertThat(problems.head()).isEqualTo("No notice template notices/de/first_notice.txt for the language de: "
                + "add it to HOTLINE_NOTICE_TEMPLATES_DIR or remove the language from HOTLINE_LANGUAGES.");
    }

    @Test
    void a_directory_adds_a_language_and_replaces_a_template(@TempDir Path directory) throws Exception {
        for (String kind : new String[] {"first_notice", "reminder", "escalation"}) {
            write(directory, "de", kind, "Subject: [{reference}] Hinweis\n\n{reference} {addresses}\n{legal_basis}\n{reply_to}\n"
                    + (kind.equals("first_notice") ? "" : "{prior_reference}\n"));
        }
        write(directory, "en", "first_notice", "Subject: Ours {reference}\n\nOurs: {reference} {addresses} {legal_basis} {reply_to} {hotline}\n");

        var templates = NoticeTemplates.load(List.of(Locale.ENGLISH, GERMAN), Option.some(directory))
                .getOrElseThrow(problems -> new AssertionError(problems.mkString("\n")));

        assertThat(templates.render(aFirstNotice("NTD-1", GERMAN, aHostingProvider()), FROM, "r@hotline.example").get().subject())
                .isEqualTo("[NTD-1] Hinweis");
        var english = templates.render(aFirstNotice(), FROM, "r@hotline.example").get();
        assertThat(english.subject()).isEqualTo("Ours NTD-2026-0001");
        assertThat(english.body()).startsWith("Ours: NTD-2026-0001   1. https://files.example.org/a/1.jpg").endsWith("r@hotline.example Example Hotline\n");
    }

    @Test
    void a_template_missing_what_a_notice_must_say_is_refused(@TempDir Path directory) throws Exception {
        write(directory, "en", "first_notice", "Subject: [{reference}]\n\n{addresses}\n{reply_to}\n");
        write(directory, "en", "reminder", "Subject: [{reference}]\n\n{addresses}\n{legal_basis}\n{reply_to}\n");
        write(directory, "en", "escalation", "Subject: Escalation\n\n{addresses}\n{legal_basis}\n{reply_to}\n{prior_reference}\n");

        var problems = NoticeTemplates.load(List.of(Locale.ENGLISH), Option.some(directory)).getLeft();

        assertThat(problems).containsExactly(
                "The notice template notices/en/first_notice.txt has no {legal_basis} in its body.",
                "The notice template notices/en/reminder.txt has no {prior_reference} in its body.",
                "The notice template notices/en/escalation.txt has no {reference} in its subject, which replies must quote.");
    }

    @Test
    void a_template_with_an_unknown_placeholder_or_without_its_subject_line_is_refused(@TempDir Path directory) throws Exception {
        write(directory, "en", "first_notice", "Subject: [{reference}]\n\n{addresses} {legal_basis} {reply_to} {prior_sent}\n");
        write(directory, "en", "reminder", "[{reference}]\n\n{addresses}\n");
        write(directory, "en", "escalation", "Subject: [{reference}]\n{adresses}\n");

        var problems = NoticeTemplates.load(List.of(Locale.ENGLISH), Option.some(directory)).getLeft();

        assertThat(problems).containsExactly(
                "The notice template notices/en/first_notice.txt uses {prior_sent}, which a first_notice does not have.",
                "The notice template notices/en/reminder.txt does not start with a Subject: line.",
                "The notice template notices/en/escalation.txt needs an empty line after its Subject: line.");
    }

    @Test
    void a_template_not_in_utf_8_is_refused(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("notices/en/first_notice.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, "Subject: [{reference}] caf\u00e9\n\n{addresses}".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(NoticeTemplates.load(List.of(Locale.ENGLISH), Option.some(directory)).getLeft())
                .containsExactly("The notice template notices/en/first_notice.txt is not UTF-8.");
    }

    @Test
    void times_are_written_in_utc_to_the_minute() {
        assertThat(NoticeTemplates.time(java.time.Instant.parse("2026-03-02T23:59:59Z"))).isEqualTo("2026-03-02 23:59 UTC");
    }

    private static void write(Path directory, String language, String kind, String text) throws Exception {
        Path file = directory.resolve("notices").resolve(language).resolve(kind + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
