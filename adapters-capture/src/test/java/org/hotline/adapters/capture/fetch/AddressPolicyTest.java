package org.hotline.adapters.capture.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import org.hotline.domain.capture.AddressRange;
import org.hotline.domain.capture.IpAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

    private final AddressPolicy strict = new AddressPolicy(List.empty());

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0.0.0.0               | this network
            0.255.255.255         | this network
            10.0.0.1              | private address (10.0.0.0/8)
            10.255.255.255        | private address (10.0.0.0/8)
            100.64.0.1            | carrier-grade NAT
            100.127.255.255       | carrier-grade NAT
            127.0.0.1             | loopback
            127.255.255.254       | loopback
            169.254.169.254       | link-local
            172.16.0.1            | private address (172.16.0.0/12)
            172.31.255.255        | private address (172.16.0.0/12)
            192.0.0.8             | IETF protocol
            192.0.2.1             | documentation
            192.88.99.1           | 6to4 relay
            192.168.1.1           | private address (192.168.0.0/16)
            198.18.0.1            | benchmarking
            198.19.255.255        | benchmarking
            198.51.100.7          | documentation
            203.0.113.9           | documentation
            224.0.0.1             | multicast
            239.255.255.250       | multicast
            240.0.0.1             | reserved
            255.255.255.255       | broadcast
            ::                    | unspecified
            ::1                   | IPv6 loopback
            ::ffff:127.0.0.1      | loopback
            ::ffff:10.1.2.3       | private address (10.0.0.0/8), written as an IPv6 address
            ::7f00:1              | loopback
            ::8.8.8.8             | outside the global unicast block
            64:ff9b::a00:1        | private address (10.0.0.0/8), written as an IPv6 address
            64:ff9b:1::1          | local-use NAT64
            2002:c0a8:101::1      | private address (192.168.0.0/16), written as an IPv6 address
            2001::1               | Teredo
            2001:db8::1           | documentation
            3fff::1               | documentation
            100::1                | discard
            fc00::1               | unique-local
            fd12:3456::1          | unique-local
            fe80::1               | link-local
            fec0::1               | site-local
            ff02::1               | multicast
            4000::1               | outside the global unicast block
            """)
    void an_address_that_is_not_public_is_refused_with_its_kind(String address, String reason) {
        assertThat(strict.refusal(IpAddress.parse(address).get()).getOrElse("allowed")).contains(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.1.1.1", "9.9.9.9", "93.184.215.14", "100.63.255.255", "100.128.0.0", "172.15.255.255",
        "172.32.0.0", "192.167.255.255", "192.169.0.0", "198.17.255.255", "198.20.0.0", "223.255.255.255",
        "11.0.0.0", "126.255.255.255", "128.0.0.0", "2606:4700::1111", "2a00:1450:4001::1", "64:ff9b::5db8:d70e",
        "2002:5db8:d70e::1"})
    void a_public_address_is_allowed(String address) {
        assertThat(strict.refusal(IpAddress.parse(address).get())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.1.2.3", "::ffff:10.1.2.3", "64:ff9b::a01:203"})
    void an_allowance_covers_its_range_however_the_address_is_written(String address) {
        var policy = new AddressPolicy(List.of(AddressRange.of("10.0.0.0/8")));

        assertThat(policy.refusal(IpAddress.parse(address).get())).isEmpty();
        assertThat(policy.refusal(IpAddress.parse("192.168.0.1").get()).isDefined()).isTrue();
    }
}
