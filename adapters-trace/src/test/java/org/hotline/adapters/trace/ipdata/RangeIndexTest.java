package org.hotline.adapters.trace.ipdata;

import static org.assertj.core.api.Assertions.assertThat;

import org.hotline.domain.hosting.address.IpAddress;
import org.junit.jupiter.api.Test;

class RangeIndexTest {

    @Test
    void neighbours_with_the_same_number_become_one_range_and_others_stay_apart() {
        var builder = new RangeIndex.Builder();
        builder.add(ip("192.0.2.0"), ip("192.0.2.127"), 1);
        builder.add(ip("192.0.2.128"), ip("192.0.2.255"), 1);
        builder.add(ip("192.0.3.0"), ip("192.0.3.255"), 2);
        builder.add(ip("192.0.4.1"), ip("192.0.4.255"), 2);

        RangeIndex index = builder.build();

        assertThat(index.ipv4Count()).isEqualTo(3);
        assertThat(index.find(ip("192.0.2.200"))).isEqualTo(1);
        assertThat(index.find(ip("192.0.4.0"))).isEqualTo(RangeIndex.NONE);
    }

    @Test
    void ipv6_neighbours_join_across_the_middle_of_the_address() {
        var builder = new RangeIndex.Builder();
        builder.add(ip("2001:db8::"), ip("2001:db8:0:0:ffff:ffff:ffff:ffff"), 7);
        builder.add(ip("2001:db8:0:1::"), ip("2001:db8:0:1::ff"), 7);

        RangeIndex index = builder.build();

        assertThat(index.ipv6Count()).isEqualTo(1);
        assertThat(index.find(ip("2001:db8:0:0:ffff:ffff:ffff:ffff"))).isEqualTo(7);
        assertThat(index.find(ip("2001:db8:0:1::80"))).isEqualTo(7);
        assertThat(index.find(ip("2001:db8:0:1::100"))).isEqualTo(RangeIndex.NONE);
    }

    @Test
    void ranges_at_the_very_end_of_the_address_space_do_not_wrap_round() {
        var builder = new RangeIndex.Builder();
        builder.add(ip("255.255.255.0"), ip("255.255.255.255"), 3);
        builder.add(ip("0.0.0.0"), ip("0.0.0.255"), 3);
        builder.add(ip("ffff::"), ip("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"), 4);
        builder.add(ip("::"), ip("::ff"), 4);

        RangeIndex index = builder.build();

        assertThat(index.ipv4Count()).isEqualTo(2);
        assertThat(index.ipv6Count()).isEqualTo(2);
        assertThat(index.find(ip("255.255.255.255"))).isEqualTo(3);
        assertThat(index.find(ip("0.0.1.0"))).isEqualTo(RangeIndex.NONE);
        assertThat(index.find(ip("::100"))).isEqualTo(RangeIndex.NONE);
        assertThat(index.find(ip("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"))).isEqualTo(4);
    }

    @Test
    void a_range_that_cannot_be_one_is_refused() {
        var builder = new RangeIndex.Builder();

        assertThat(builder.add(ip("192.0.2.9"), ip("192.0.2.1"), 1)).isFalse();
        assertThat(builder.add(ip("192.0.2.1"), ip("2001:db8::1"), 1)).isFalse();
        assertThat(builder.add(ip("192.0.2.1"), ip("192.0.2.9"), -1)).isFalse();
        assertThat(builder.build().ipv4Count()).isZero();
    }

    private static IpAddress ip(String text) {
        return IpAddress.parse(text).get();
    }
}
