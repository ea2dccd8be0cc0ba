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

    @Test
    void two_indexes_laid_over_each_other_answer_as_both_do_at_every_address() {
        var countries = new RangeIndex.Builder();
        countries.add(ip("192.0.2.0"), ip("192.0.2.255"), 1);
        countries.add(ip("198.51.100.0"), ip("198.51.100.127"), 2);
        countries.add(ip("255.255.255.0"), ip("255.255.255.255"), 3);
        countries.add(ip("2001:db8::"), ip("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff"), 4);
        countries.add(ip("ffff::"), ip("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"), 5);
        var networks = new RangeIndex.Builder();
        networks.add(ip("192.0.2.128"), ip("198.51.100.63"), 10);
        networks.add(ip("198.51.100.200"), ip("198.51.100.255"), 11);
        networks.add(ip("0.0.0.0"), ip("0.0.0.9"), 12);
        networks.add(ip("2001:db8:1::"), ip("2001:db8:1::ff"), 13);
        networks.add(ip("::"), ip("::1"), 14);
        RangeIndex a = countries.build();
        RangeIndex b = networks.build();

        RangeIndex both = RangeIndex.overlay(a, b, (x, y) -> (x + 1) * 100 + (y + 1));

        for (String address : new String[] {"0.0.0.0", "0.0.0.9", "0.0.0.10", "192.0.1.255", "192.0.2.0", "192.0.2.127",
                "192.0.2.128", "192.0.2.255", "192.0.3.0", "198.51.99.255", "198.51.100.0", "198.51.100.63",
                "198.51.100.64", "198.51.100.127", "198.51.100.128", "198.51.100.199", "198.51.100.200", "198.51.100.255",
                "255.255.255.255", "::", "::1", "::2", "2001:db8::", "2001:db8:1::ff", "2001:db8:1::100",
                "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff", "2001:db9::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"}) {
            int x = a.find(ip(address));
            int y = b.find(ip(address));
            int expected = x == RangeIndex.NONE && y == RangeIndex.NONE ? RangeIndex.NONE : (x + 1) * 100 + (y + 1);
            assertThat(both.find(ip(address))).as(address).isEqualTo(expected);
        }
    }

    @Test
    void random_indexes_laid_over_each_other_agree_with_both_everywhere() {
        java.util.Random random = new java.util.Random(41);
        RangeIndex a = randomIndex(random, 300);
        RangeIndex b = randomIndex(random, 300);

        RangeIndex both = RangeIndex.overlay(a, b, (x, y) -> (x + 1) * 1000 + (y + 1));

        for (int probe = 0; probe < 50_000; probe++) {
            IpAddress address = random.nextBoolean() ? IpAddress.ipv4(random.nextInt(1 << 20))
                    : IpAddress.ipv6(random.nextInt(64), random.nextInt(1 << 20));
            int x = a.find(address);
            int y = b.find(address);
            int expected = x == RangeIndex.NONE && y == RangeIndex.NONE ? RangeIndex.NONE : (x + 1) * 1000 + (y + 1);
            assertThat(both.find(address)).as(address.toString()).isEqualTo(expected);
        }
        assertThat(RangeIndex.overlay(a, new RangeIndex.Builder().build(), (x, y) -> x).size()).isLessThanOrEqualTo(a.size());
        assertThat(RangeIndex.overlay(new RangeIndex.Builder().build(), new RangeIndex.Builder().build(), (x, y) -> x).size())
                .isZero();
    }

    /** Ranges in the first million addresses of IPv4 and of the first 64 IPv6 /64s, at random, with random numbers. */
    private static RangeIndex randomIndex(java.util.Random random, int count) {
        var builder = new RangeIndex.Builder();
        long next = 0;
        for (int i = 0; i < count; i++) {
            long start = next + random.nextInt(4000);
            long end = start + random.nextInt(4000);
            builder.add(IpAddress.ipv4(start), IpAddress.ipv4(end), random.nextInt(5));
            next = end + 1;
        }
        long high = 0;
        long low = 0;
        for (int i = 0; i < count && high < 64; i++) {
            long start = low + random.nextInt(8000);
            long end = start + random.nextInt(8000);
            if (end >= 1 << 20) {
                high++;
                low = 0;
                continue;
            }
            builder.add(IpAddress.ipv6(high, start), IpAddress.ipv6(high, end), random.nextInt(5));
            low = end + 1;
        }
        return builder.build();
    }

    private static IpAddress ip(String text) {
        return IpAddress.parse(text).get();
    }
}
