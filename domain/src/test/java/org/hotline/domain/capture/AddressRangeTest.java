package org.hotline.domain.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressRangeTest {

    private static IpAddress ip(String text) {
        return IpAddress.parse(text).get();
    }

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource({
        "10.0.0.0/8, 10.0.0.0, true", "10.0.0.0/8, 10.255.255.255, true", "10.0.0.0/8, 11.0.0.0, false",
        "10.0.0.0/8, 9.255.255.255, false", "100.64.0.0/10, 100.127.255.255, true", "100.64.0.0/10, 100.128.0.0, false",
        "127.0.0.1, 127.0.0.1, true", "127.0.0.1, 127.0.0.2, false", "0.0.0.0/0, 203.0.113.5, true",
        "fc00::/7, fdff::1, true", "fc00::/7, fe00::1, false", "::1/128, ::1, true", "::/0, 2001:db8::1, true",
        "10.0.0.0/8, ::ffff:a00:1, false", "::/0, 10.0.0.1, false"})
    void a_range_contains_the_addresses_of_its_prefix_and_family(String range, String address, boolean contained) {
        assertThat(AddressRange.of(range).contains(ip(address))).isEqualTo(contained);
    }

    @Test
    void malformed_ranges_are_refused_with_the_reason() {
        assertThat(AddressRange.parse("10.0.0.1/8").getLeft()).contains("starts at 10.0.0.0/8");
        assertThat(AddressRange.parse("10.0.0.0/33").getLeft()).contains("0 to 32");
        assertThat(AddressRange.parse("::/129").getLeft()).contains("0 to 128");
        assertThat(AddressRange.parse("10.0.0.0/").getLeft()).contains("prefix length");
        assertThat(AddressRange.parse("10.0.0.0/x").isLeft()).isTrue();
        assertThat(AddressRange.parse("example.org/8").getLeft()).contains("not an IP address");
        assertThat(AddressRange.parse(" ").getLeft()).contains("required");
        assertThatThrownBy(() -> new AddressRange(ip("10.0.0.1"), 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AddressRange(ip("10.0.0.0"), 33)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_range_is_written_in_cidr_form() {
        assertThat(AddressRange.parse(" 2001:DB8::/32 ").get()).hasToString("2001:db8::/32");
        assertThat(AddressRange.parse("192.0.2.7").get()).hasToString("192.0.2.7/32");
        assertThat(AddressRange.parse("::1").get().prefixLength()).isEqualTo(128);
    }
}
