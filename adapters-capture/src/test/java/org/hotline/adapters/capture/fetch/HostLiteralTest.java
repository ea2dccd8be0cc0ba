package org.hotline.adapters.capture.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HostLiteralTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            127.0.0.1         | 127.0.0.1
            127.1             | 127.0.0.1
            127.0.1           | 127.0.0.1
            2130706433        | 127.0.0.1
            0x7f000001        | 127.0.0.1
            0X7F000001        | 127.0.0.1
            0177.0.0.1        | 127.0.0.1
            0x7f.1            | 127.0.0.1
            017700000001      | 127.0.0.1
            127.0.0.1.        | 127.0.0.1
            0                 | 0.0.0.0
            0x                | 0.0.0.0
            10.0.0.010        | 10.0.0.8
            192.168.257       | 192.168.1.1
            [::1]             | ::1
            [::ffff:7f00:1]   | ::ffff:7f00:1
            [2001:DB8::1]     | 2001:db8::1
            """)
    void every_spelling_of_an_address_is_read_as_that_address(String host, String address) {
        assertThat(HostLiteral.read(host).get().get().text()).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.org", "site.test", "1.example", "xn--bcher-kva.example", "0x7g.example", "localhost"})
    void a_name_is_a_name(String host) {
        assertThat(HostLiteral.read(host).get()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.0.0.1", "1.2.3.4.5", "4294967296", "0x100000000", "1.256.1", "08.1.1.1", "example.1",
        "[::1%eth0]", "[::1", "[1:2:3]", "1..2"})
    void an_address_that_is_malformed_is_neither_an_address_nor_a_name(String host) {
        assertThat(HostLiteral.read(host).isLeft()).as(host).isTrue();
    }
}
