package org.hotline.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.hotline.domain.FieldError;
import org.hotline.domain.PlainText;
import org.junit.jupiter.api.Test;

class ReportSubmissionTest {

    @Test
    void a_single_address_is_a_valid_report() {
        var content = aSubmission(List.of("example.org/a")).validate().get();
        assertThat(content.urls().map(ReportedUrl::canonical)).containsExactly("http://example.org/a");
        assertThat(content.contact()).isEmpty();
        assertThat(content.description()).isEmpty();
    }

    @Test
    void needs_at_least_one_address() {
        assertThat(fieldsOf(aSubmission(List.of()))).containsExactly("urls");
        assertThat(fieldsOf(aSubmission(Arrays.asList(" ", null)))).containsExactly("urls");
    }

    @Test
    void names_every_bad_address_by_its_position() {
        var submission = aSubmission(List.of("http://example.org/ok", "ftp://example.org/", "http://"));
        assertThat(fieldsOf(submission)).containsExactly("urls[1]", "urls[2]");
    }

    @Test
    void collects_every_problem_at_once() {
        var submission = new ReportSubmission(Channel.API, List.of("javascript:x"), List.of("PICTURES"),
                "x".repeat(ReportSubmission.MAX_DESCRIPTION_LENGTH + 1), null, "not-an-address", "call me");
        assertThat(fieldsOf(submission))
                .containsExactlyInAnyOrder("urls[0]", "seen[0]", "description", "contact.email", "contact.phone");
    }

    @Test
    void an_address_typed_twice_is_one_address() {
        var content = aSubmission(List.of("http://example.org/a", "HTTP://example.org/a#x")).validate().get();
        assertThat(content.urls()).hasSize(1);
    }

    @Test
    void refuses_more_addresses_than_one_report_holds() {
        var many = java.util.stream.IntStream.range(0, ReportSubmission.MAX_URLS + 1)
                .mapToObj(i -> "http://example.org/" + i).toList();
        assertThat(fieldsOf(aSubmission(many))).containsExactly("urls");
    }

    @Test
    void keeps_contact_details_only_when_given() {
        var content = new ReportSubmission(Channel.WEB_FORM, List.of("example.org"), List.of("images", "VIDEOS"),
                "  seen on a forum ", "  ", "reporter@example.org", "").validate().get();
        assertThat(content.contact().get().email()).contains("reporter@example.org");
        assertThat(content.contact().get().name()).isEmpty();
        assertThat(content.description()).contains("seen on a forum");
        assertThat(content.seen()).containsExactly(SeenContent.IMAGES, SeenContent.VIDEOS);
    }

    @Test
    void refuses_a_nul_or_another_control_character_in_every_field_that_is_kept() {
        var submission = new ReportSubmission(Channel.API, List.of("http://example.org/a\u0000b"), List.of(),
                "seen\u0000there", "Ann\u0000", "ann\u0007@example.org", "+32 2\u0000");
        var errors = submission.validate().getError();
        assertThat(errors.map(FieldError::field)).containsExactlyInAnyOrder(
                "urls[0]", "description", "contact.name", "contact.email", "contact.phone");
        assertThat(errors.map(FieldError::code)).containsOnly(PlainText.FORBIDDEN);
        assertThat(errors.map(FieldError::detail)).as("the character is named by its code, never shown")
                .allSatisfy(detail -> assertThat(detail).doesNotContain("\u0000").doesNotContain("Ann"));
    }

    @Test
    void a_description_may_run_over_lines_but_a_name_may_not() {
        var lines = new ReportSubmission(Channel.API, List.of("example.org"), List.of(), "first line\r\n\tsecond", null,
                null, null);
        assertThat(lines.validate().isValid()).isTrue();
        var nameOverLines = new ReportSubmission(Channel.API, List.of("example.org"), List.of(), null, "Ann\nBob", null,
                null);
        assertThat(fieldsOf(nameOverLines)).containsExactly("contact.name");
    }

    @Test
    void lengths_count_characters_as_people_do_so_an_emoji_counts_once() {
        String emoji = "\uD83D\uDE00";
        var longest = new ReportSubmission(Channel.API, List.of("example.org"), List.of(),
                emoji.repeat(ReportSubmission.MAX_DESCRIPTION_LENGTH), emoji.repeat(ReportSubmission.MAX_NAME_LENGTH),
                null, null);
        assertThat(longest.validate().isValid()).isTrue();
        var tooLong = new ReportSubmission(Channel.API, List.of("example.org"), List.of(),
                emoji.repeat(ReportSubmission.MAX_DESCRIPTION_LENGTH + 1), null, null, null);
        assertThat(fieldsOf(tooLong)).containsExactly("description");
    }

    @Test
    void half_of_a_surrogate_pair_is_refused() {
        var broken = new ReportSubmission(Channel.API, List.of("example.org"), List.of(), "text \uD83D alone", null,
                null, null);
        assertThat(fieldsOf(broken)).containsExactly("description");
    }

    private static ReportSubmission aSubmission(List<String> urls) {
        return new ReportSubmission(Channel.WEB_FORM, urls, List.of(), null, null, null, null);
    }

    private static List<String> fieldsOf(ReportSubmission submission) {
        return submission.validate().getError().map(FieldError::field).toJavaList();
    }
}
