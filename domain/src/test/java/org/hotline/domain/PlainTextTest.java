package org.hotline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0001", "\u001B", "\u007F", "\u0085", "\u009F", "\uFFFE", "\uFFFF", "\uDC00",
            "\uD800"})
    void refuses_characters_that_cannot_be_kept_in_lines_and_in_text(String character) {
        assertThat(PlainText.checkLine("name", "a" + character + "b")).hasSize(1);
        assertThat(PlainText.checkLines("description", "a" + character + "b")).hasSize(1);
    }

    @Test
    void names_the_field_and_the_character_by_its_code() {
        FieldError error = PlainText.checkLine("contact.name", "Ann\u0000").get();
        assertThat(error.field()).isEqualTo("contact.name");
        assertThat(error.code()).isEqualTo(PlainText.FORBIDDEN);
        assertThat(error.detail()).contains("U+0000").doesNotContain("\u0000").doesNotContain("Ann");
    }

    @Test
    void tabs_and_line_breaks_belong_in_text_but_not_in_a_line() {
        assertThat(PlainText.checkLines("description", "one\r\ntwo\tthree")).isEmpty();
        assertThat(PlainText.checkLine("name", "one\ntwo")).hasSize(1);
        assertThat(PlainText.checkLine("name", "one\ttwo")).hasSize(1);
    }

    @Test
    void every_script_and_emoji_is_welcome() {
        assertThat(PlainText.checkLine("name", "Zoë Ångström 李小龍 \u0645\u0631\u062D\u0628\u0627 \uD83D\uDE00")).isEmpty();
        assertThat(PlainText.checkLines("description", null)).isEmpty();
    }

    @Test
    void counts_characters_as_people_do() {
        assertThat(PlainText.length("\uD83D\uDE00\uD83D\uDE00")).isEqualTo(2);
        assertThat(PlainText.length("abc")).isEqualTo(3);
    }
}
