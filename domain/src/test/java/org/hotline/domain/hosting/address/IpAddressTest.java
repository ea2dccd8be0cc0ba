package org.hotline.domain.hosting.address;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressTest {

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource(textBlock = """
            192.0.2.1,                               192.0.2.1
            0.0.0.0,                                 0.0.0.0
            255.255.255.255,                         255.255.255.255
            2001:db8::1,                             2001:db8::1
            2001:DB8:0:0:0:0:0:1,                    2001:db8::1
            2001:0db8:0000:0000:0000:0000:0000:0001, 2001:db8::1
            ::,                                      ::
            ::1,                                     ::1
            1::,                                     1::
            2001:db8:0:1:1:1:1:1,                    2001:db8:0:1:1:1:1:1
            2001:db8:0:0:1:0:0:1,                    2001:db8::1:0:0:1
            2001:0:0:1:0:0:0:1,                      2001:0:0:1::1
            ::ffff:192.0.2.1,                        ::ffff:192.0.2.1
            ::ffff:c000:0201,                        ::ffff:192.0.2.1
            64:ff9b::192.0.2.33,                     64:ff9b::c000:221
            fe80::1:2:3:4,                           fe80::1:2:3:4
            """)
    void addresses_are_read_in_their_usual_forms_and_written_in_the_recommended_one(String written, String canonical) {
        IpAddress address = IpAddress.parse(written).get();

        assertThat(address.toString()).isEqualTo(canonical);
        assertThat(IpAddress.parse(canonical)).contains(address);
    }

    @ParameterizedTest(name = "''{0}'' is not an address")
    @ValueSource(strings = {"", "192.0.2", "192.0.2.1.5", "192.0.2.256", "192.0.2.01", "192.0.2.-1", "192.0.2.a",
            "1.2.3.4 ", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "1::2::3", ":1::", "1::2:", "12345::", "g::1",
            "1.2.3.4::", "::1.2.3", "1:2:3:4:5:6:7:1.2.3.4", "fe80::1%eth0", "[::1]", "example.org"})
    void anything_else_is_not_an_address(String written) {
        assertThat(IpAddress.parse(written)).isEmpty();
    }

    @Test
    void nothing_is_not_an_address() {
        assertThat(IpAddress.parse(null)).isEmpty();
        assertThat(IpAddress.parse("1:2:3:4:5:6:7:8:9:a:b:c:d:e:f:1:2:3:4:5:6:7:8:9:a")).isEmpty();
    }

    @Test
    void an_address_is_its_bytes_in_network_order() {
        IpAddress ipv4 = IpAddress.parse("192.0.2.1").get();
        IpAddress ipv6 = IpAddress.parse("2001:db8::ff01").get();

        assertThat(ipv4.bytes()).containsExactly(192, 0, 2, 1);
        assertThat(ipv6.bytes()).containsExactly(0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0x01);
        assertThat(IpAddress.ofBytes(ipv4.bytes())).contains(ipv4);
        assertThat(IpAddress.ofBytes(ipv6.bytes())).contains(ipv6);
        assertThat(IpAddress.ofBytes(new byte[5])).isEmpty();
        assertThat(IpAddress.ofBytes(null)).isEmpty();
    }

    @Test
    void the_bits_of_an_address_are_its_number() {
        assertThat(IpAddress.parse("192.0.2.1").get().low()).isEqualTo(0xc0000201L);
        IpAddress ipv6 = IpAddress.parse("8000::1").get();
        assertThat(ipv6.high()).isEqualTo(0x8000000000000000L);
        assertThat(ipv6.low()).isEqualTo(1L);
        assertThat(ipv6.isIpv4()).isFalse();
    }

    @Test
    void an_ipv4_address_has_32_bits() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> IpAddress.ipv4(1L << 32))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new IpAddress(IpAddress.Family.IPV4, 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addresses_sort_ipv4_first_then_by_number_unsigned() {
        IpAddress low = IpAddress.parse("1.0.0.0").get();
        IpAddress high = IpAddress.parse("200.0.0.0").get();
        IpAddress v6low = IpAddress.parse("::2").get();
        IpAddress v6mid = IpAddress.parse("1::1").get();
        IpAddress v6high = IpAddress.parse("ff00::1").get();

        assertThat(java.util.List.of(v6high, high, v6low, low, v6mid).stream().sorted().toList())
                .containsExactly(low, high, v6low, v6mid, v6high);
        assertThat(IpAddress.parse("::1:0").get()).isGreaterThan(IpAddress.parse("::ffff").get());
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(textBlock = """
            0.1.2.3,         THIS_NETWORK
            10.20.30.40,     PRIVATE
            172.16.0.1,      PRIVATE
            172.31.255.255,  PRIVATE
            192.168.1.1,     PRIVATE
            100.64.0.1,      SHARED
            127.0.0.1,       LOOPBACK
            169.254.1.1,     LINK_LOCAL
            192.0.0.8,       PROTOCOL_ASSIGNMENTS
            192.0.2.1,       DOCUMENTATION
            198.51.100.1,    DOCUMENTATION
            203.0.113.1,     DOCUMENTATION
            198.18.0.1,      BENCHMARKING
            198.19.255.255,  BENCHMARKING
            224.0.0.1,       MULTICAST
            240.0.0.1,       RESERVED
            255.255.255.255, RESERVED
            ::,              UNSPECIFIED
            ::1,             LOOPBACK
            ::ffff:10.0.0.1, PRIVATE
            2001:db8::1,     DOCUMENTATION
            fd00::1,         UNIQUE_LOCAL
            fc00::1,         UNIQUE_LOCAL
            fe80::1,         LINK_LOCAL
            febf::1,         LINK_LOCAL
            ff02::1,         MULTICAST
            4000::1,         RESERVED
            fec0::1,         RESERVED
            ::2,             RESERVED
            """)
    void reserved_addresses_say_what_they_are_for(String written, SpecialUse use) {
        assertThat(IpAddress.parse(written).get().specialUse()).contains(use);
        assertThat(use.meaning()).isNotBlank();
    }

    @ParameterizedTest(name = "{0} is public")
    @ValueSource(strings = {"1.1.1.1", "9.255.255.255", "11.0.0.0", "100.63.255.255", "100.128.0.0", "172.15.255.255",
            "172.32.0.0", "192.0.1.255", "192.0.3.0", "192.167.255.255", "198.17.255.255", "198.20.0.0", "223.255.255.255",
            "2001:db9::1", "2a00:1450::1", "3fff::1", "2001:db7::1", "2c0f::1", "64:ff9b::1.2.3.4", "::ffff:8.8.8.8"})
    void ordinary_addresses_are_public(String written) {
        assertThat(IpAddress.parse(written).get().specialUse()).isEqualTo(Option.none());
    }
}
