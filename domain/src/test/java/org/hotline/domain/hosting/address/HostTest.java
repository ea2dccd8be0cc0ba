package org.hotline.domain.hosting.address;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostTest {

    @ParameterizedTest(name = "{0} is the {1} host {2}")
    @CsvSource(textBlock = """
            www.Example.org,    named,   www.example.org
            192.0.2.7,          numeric, 192.0.2.7
            2001:db8::7,        numeric, [2001:db8::7]
            [2001:DB8:0::7],    numeric, [2001:db8::7]
            ' 198.51.100.1 ',   numeric, 198.51.100.1
            """)
    void hosts_are_names_or_addresses_written_in_numbers(String written, String kind, String text) {
        Host host = Host.parse(written).get();

        assertThat(host.text()).isEqualTo(text);
        assertThat(host).isInstanceOf(kind.equals("named") ? Host.Named.class : Host.Numeric.class);
    }

    @Test
    void an_ipv4_address_is_not_written_in_brackets_and_an_ipv6_address_must_be_whole() {
        assertThat(Host.parse("[192.0.2.1]").getLeft().code()).isEqualTo("host.invalid");
        assertThat(Host.parse("2001:db8::1::2").getLeft().detail()).contains("not a valid IPv6 address");
        assertThat(Host.parse("[example.org]").isLeft()).isTrue();
    }

    @Test
    void a_number_that_is_not_an_address_is_no_host() {
        assertThat(Host.parse("192.0.2.300").getLeft().code()).isEqualTo("host.invalid");
        assertThat(Host.parse("").getLeft().code()).isEqualTo("required");
        assertThat(Host.parse(null).getLeft().code()).isEqualTo("required");
    }
}
