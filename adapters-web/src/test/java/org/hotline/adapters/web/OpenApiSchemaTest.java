package org.hotline.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hotline.domain.report.Channel;
import org.hotline.domain.report.ReportSubmission;
import org.junit.jupiter.api.Test;

/**
 * The API's schema promises no more than the server keeps: what the schema admits, the server accepts (checked on
 * thousands of generated values), and what the server refuses, the schema does not admit. A client generated from
 * the schema, or a fuzzer working from it, finds no value the schema allows and the server refuses.
 */
class OpenApiSchemaTest {

    private static final JsonNode SCHEMAS = schemas();
    private static final int SAMPLES = 2000;

    @Test
    void every_address_the_schema_admits_is_accepted() {
        Random random = new Random(20261130L);
        Pattern pattern = patternOf("/NewReport/properties/urls/items");
        for (int i = 0; i < SAMPLES; i++) {
            String address = anAddress(random);
            assertThat(pattern.matcher(address).matches()).as(address).isTrue();
            var submission = new ReportSubmission(Channel.API, List.of(address), List.of(), null, null, null, null);
            assertThat(submission.validate().isValid()).as(address).isTrue();
        }
    }

    @Test
    void addresses_the_server_refuses_are_outside_the_schema() {
        Pattern pattern = patternOf("/NewReport/properties/urls/items");
        for (String refused : List.of("", "http://", "javascript:alert(1)", "ftp://example.org/", "a".repeat(4096),
                "http://example.org/\u0000", "http://exa mple.org/", "http://example.org:0/")) {
            assertThat(pattern.matcher(refused).matches()).as(refused).isFalse();
            var submission = new ReportSubmission(Channel.API, List.of(refused), List.of(), null, null, null, null);
            assertThat(submission.validate().isValid() && !refused.isBlank()).as(refused).isFalse();
        }
        assertThat(SCHEMAS.at("/NewReport/properties/urls/items/minLength").asInt()).isEqualTo(1);
    }

    @Test
    void contact_details_the_schema_admits_are_accepted_and_those_refused_are_outside_it() {
        Pattern email = patternOf("/Contact/properties/email");
        Pattern phone = patternOf("/Contact/properties/phone");
        Pattern name = patternOf("/Contact/properties/name");
        for (String accepted : List.of("reporter@example.org", "a.b+c@sub.example.test", "Zoë@exämple.org")) {
            assertThat(email.matcher(accepted).matches()).as(accepted).isTrue();
            assertThat(valid(null, accepted, null)).as(accepted).isTrue();
        }
        for (String refused : List.of("0@com", "a@b", "@example.org", "a@@example.org", "a@exa\u0000mple.org", "a b@example.org")) {
            assertThat(email.matcher(refused).matches()).as(refused).isFalse();
            assertThat(valid(null, refused, null)).as(refused).isFalse();
        }
        for (String accepted : List.of("+32 2 123 45 67", "(02) 123.45.67", "0032-2-1234567")) {
            assertThat(phone.matcher(accepted).matches()).as(accepted).isTrue();
            assertThat(valid(null, null, accepted)).as(accepted).isTrue();
        }
        for (String refused : List.of("call me", "12", "+32 2 123\u0000")) {
            assertThat(phone.matcher(refused).matches()).as(refused).isFalse();
            assertThat(valid(null, null, refused)).as(refused).isFalse();
        }
        assertThat(name.matcher("Ann\u0000").matches()).isFalse();
        assertThat(valid("Ann\u0000", null, null)).isFalse();
        assertThat(name.matcher("Zoë Ångström \uD83D\uDE00").matches()).isTrue();
        assertThat(valid("Zoë Ångström \uD83D\uDE00", null, null)).isTrue();
    }

    @Test
    void a_description_with_line_breaks_is_admitted_and_one_with_a_nul_is_not() {
        Pattern description = patternOf("/NewReport/properties/description");
        assertThat(description.matcher("first line\r\n\tsecond").matches()).isTrue();
        assertThat(description.matcher("text\u0000").matches()).isFalse();
        assertThat(description.matcher("text\u001B[2J").matches()).isFalse();
    }

    // Fixtures

    /** An address built the way the schema's pattern describes, with random parts. */
    private static String anAddress(Random random) {
        StringBuilder address = new StringBuilder();
        address.append(pick(random, "", "http://", "https://", "HTTP://", "hTTpS://"));
        int labels = 1 + random.nextInt(3);
        for (int i = 0; i < labels; i++) {
            address.append(word(random, 1 + random.nextInt(30), "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"));
            if (random.nextBoolean()) {
                address.append('-').append(word(random, 1 + random.nextInt(10), "abcdefghij0123456789"));
            }
            address.append('.');
        }
        address.append(word(random, 2 + random.nextInt(19), "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"));
        if (random.nextInt(4) == 0) {
            address.append(':').append(1 + random.nextInt(9999));
        }
        if (random.nextBoolean()) {
            address.append(pick(random, "/", "?")).append(word(random, random.nextInt(200),
                    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._~!$&'()*+,;=:@/?-"));
        }
        return address.toString();
    }

    private static String word(Random random, int length, String alphabet) {
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            word.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return word.toString();
    }

    private static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static boolean valid(String name, String email, String phone) {
        return new ReportSubmission(Channel.API, List.of("http://example.org/"), List.of(), null, name, email, phone)
                .validate().isValid();
    }

    private static Pattern patternOf(String pointer) {
        JsonNode pattern = SCHEMAS.at(pointer + "/pattern");
        assertThat(pattern.isMissingNode()).as(pointer + " has a pattern").isFalse();
        return Pattern.compile(pattern.asText());
    }

    private static JsonNode schemas() {
        try (var in = OpenApiSchemaTest.class.getResourceAsStream("/openapi/openapi.json")) {
            return new ObjectMapper().readTree(in).at("/components/schemas");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
