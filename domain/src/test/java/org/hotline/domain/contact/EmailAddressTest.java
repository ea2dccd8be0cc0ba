package org.hotline.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void an_address_is_read_with_its_domain_in_lower_case_and_its_local_part_as_written() {
        EmailAddress address = EmailAddress.parse("  Abuse.Desk+ntd@Hosting.EXAMPLE. ").get();

        assertThat(address.value()).isEqualTo("Abuse.Desk+ntd@hosting.example");
        assertThat(address.domain()).isEqualTo("hosting.example");
        assertThat(address).hasToString("Abuse.Desk+ntd@hosting.example");
    }

    @Test
    void an_international_domain_is_kept_in_punycode() {
        assertThat(EmailAddress.parse("abuse@bücher.example").get().value()).isEqualTo("abuse@xn--bcher-kva.example");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abuse", "@hosting.example", "abuse@", "abuse@localhost", "a b@hosting.example",
            "abuse@host..example", ".abuse@hosting.example", "abuse.@hosting.example", "ab..use@hosting.example",
            "abuse@-host.example", "abuse@host-.example", "abuse@host_name.example", "\"quoted\"@hosting.example",
            "abuse@hosting.example>", "<abuse@hosting.example", "abüse@hosting.example", "abuse\n@hosting.example"})
    void what_is_not_an_address_is_refused_with_the_reason(String text) {
        var error = EmailAddress.parse(text).getLeft();

        assertThat(error.code()).isEqualTo("email.invalid");
        assertThat(error.detail()).contains("is not an e-mail address: ");
    }

    @Test
    void a_missing_address_is_required() {
        assertThat(EmailAddress.parse(" ").getLeft().code()).isEqualTo("required");
        assertThat(EmailAddress.parse(null).getLeft().code()).isEqualTo("required");
    }

    @Test
    void the_limits_on_length_are_those_of_smtp() {
        String local64 = "a".repeat(64);
        String label = "b".repeat(63);
        String longDomain = label + "." + label + "." + label + "." + "c".repeat(52) + ".example";

        assertThat(EmailAddress.parse(local64 + "@hosting.example")).isNotEmpty();
        assertThat(EmailAddress.parse(local64 + "a@hosting.example").getLeft().detail()).contains("longer than 64");
        assertThat(EmailAddress.parse("abuse@" + "b".repeat(64) + ".example")).isEmpty();
        assertThat(EmailAddress.parse("ab@" + longDomain).getLeft().detail()).contains("longer than 254");
        assertThat(EmailAddress.parse("a@" + longDomain)).isNotEmpty();
    }

    @Test
    void the_constructor_takes_only_the_canonical_form() {
        assertThat(new EmailAddress("abuse@hosting.example").value()).isEqualTo("abuse@hosting.example");
        assertThatThrownBy(() -> new EmailAddress("abuse@Hosting.example")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EmailAddress(" abuse@hosting.example")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmailAddress.of("abuse")).hasMessageContaining("is not an e-mail address");
    }
}
