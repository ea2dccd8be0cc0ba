package org.hotline.domain.hosting.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DomainNameTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(textBlock = """
            example.org,           example.org
            WWW.Example.ORG,       www.example.org
            www.example.org.,      www.example.org
            '  example.org  ',     example.org
            _dmarc.example.org,    _dmarc.example.org
            bücher.example,        xn--bcher-kva.example
            xn--bcher-kva.example, xn--bcher-kva.example
            localhost,             localhost
            a-b.c-d.test,          a-b.c-d.test
            """)
    void names_are_read_as_dns_knows_them(String written, String name) {
        assertThat(DomainName.parse(written).get().value()).isEqualTo(name);
    }

    @ParameterizedTest(name = "''{0}'' is refused: {1}")
    @CsvSource(textBlock = """
            'exa mple.org',       other than letters
            'example..org',       empty label
            '.example.org',       empty label
            '.',                  empty label
            'example.org/path',   other than letters
            '1.2.3',              ends in a number
            'example.123',        ends in a number
            """)
    void malformed_names_are_refused_with_the_reason(String written, String reason) {
        var refused = DomainName.parse(written).getLeft();
        assertThat(refused.code()).isEqualTo("host.invalid");
        assertThat(refused.detail()).contains(written.strip()).contains(reason);
    }

    @Test
    void a_name_has_at_most_253_characters_in_labels_of_at_most_63() {
        String label63 = "a".repeat(63);
        String name253 = String.join(".", label63, label63, label63, "a".repeat(61));
        assertThat(DomainName.parse(name253).get().value()).hasSize(253);
        assertThat(DomainName.parse("x" + name253).getLeft().code()).isEqualTo("host.invalid");
        assertThat(DomainName.parse(label63 + ".org").isRight()).isTrue();
        assertThat(DomainName.parse("a" + label63 + ".org").isLeft()).isTrue();
    }

    @Test
    void a_missing_name_is_required() {
        assertThat(DomainName.parse(null).getLeft().code()).isEqualTo("required");
        assertThat(DomainName.parse("  ").getLeft().code()).isEqualTo("required");
    }

    @Test
    void a_name_is_built_only_in_its_own_form() {
        assertThatThrownBy(() -> new DomainName("Example.org")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DomainName("example.org.")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DomainName("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_name_knows_its_labels_its_parent_and_the_zones_it_lies_in() {
        DomainName name = DomainName.parse("www.example.org").get();
        DomainName zone = DomainName.parse("example.org").get();

        assertThat(name.labels()).containsExactly("www", "example", "org");
        assertThat(name.parent()).contains(zone);
        assertThat(zone.parent().get().parent()).isEmpty();
        assertThat(name.isWithin(zone)).isTrue();
        assertThat(zone.isWithin(zone)).isTrue();
        assertThat(zone.isWithin(name)).isFalse();
        assertThat(DomainName.parse("notexample.org").get().isWithin(zone)).isFalse();
        assertThat(name).hasToString("www.example.org");
    }
}
