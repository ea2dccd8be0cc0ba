package org.hotline.domain.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            192.0.2.1                  | 192.0.2.1
            0.0.0.0                    | 0.0.0.0
            255.255.255.255            | 255.255.255.255
            ::                         | ::
            ::1                        | ::1
            2001:DB8::1                | 2001:db8::1
            2001:db8:0:0:0:0:2:1       | 2001:db8::2:1
            2001:db8:0:1:1:1:1:1       | 2001:db8:0:1:1:1:1:1
            2001:0:0:1:0:0:0:1         | 2001:0:0:1::1
            ::ffff:192.0.2.1           | ::ffff:c000:201
            fe80::                     | fe80::
            1:2:3:4:5:6:7:8            | 1:2:3:4:5:6:7:8
            """)
    void written_forms_read_and_are_written_in_the_standard_form(String written, String standard) {
        IpAddress address = IpAddress.parse(written).get();

        assertThat(address.text()).isEqualTo(standard);
        assertThat(IpAddress.parse(address.text()).get()).isEqualTo(address).hasSameHashCodeAs(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1.2.3.-4", "a.b.c.d", "1:2:3:4:5:6:7:8:9",
        "1::2::3", ":::", "12345::", "1:2:3:4:5:6:7", "::1.2.3", "g::1", "1.2.3.4::", "::1.2.3.4.5", "1::2:3:4:5:6:7:8"})
    void malformed_addresses_are_refused(String text) {
        assertThat(IpAddress.parse(text).isLeft()).as(text).isTrue();
    }

    @Test
    void an_address_has_four_or_sixteen_bytes_and_hands_out_copies() {
        byte[] bytes = {127, 0, 0, 1};
        IpAddress address = IpAddress.of(bytes);
        bytes[0] = 10;
        address.bytes()[0] = 10;

        assertThat(address.text()).isEqualTo("127.0.0.1");
        assertThat(address.isIpv4()).isTrue();
        assertThat(IpAddress.parse("::1").get().isIpv4()).isFalse();
        assertThat(IpAddress.parse(null).getLeft()).contains("required");
        assertThatThrownBy(() -> IpAddress.of(new byte[5])).isInstanceOf(IllegalArgumentException.class);
        assertThat(address).isNotEqualTo("127.0.0.1").hasToString("127.0.0.1");
    }
}
