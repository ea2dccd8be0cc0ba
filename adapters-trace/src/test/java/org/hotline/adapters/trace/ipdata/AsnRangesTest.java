package org.hotline.adapters.trace.ipdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.hotline.domain.hosting.address.IpAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AsnRangesTest {

    private final AsnRanges ranges = build(
            range("1.0.0.0", "1.0.0.255", 13335, "Example Edge, Inc."),
            range("1.0.4.0", "1.0.7.255", 64500, "Example Hosting"),
            range("200.0.0.0", "200.0.0.255", 4_294_967_295L, "High Numbers"),
            range("255.255.255.0", "255.255.255.255", 64501, "Top"),
            range("2001:db8::", "2001:db8:0:ffff:ffff:ffff:ffff:ffff", 64500, "Example Hosting"),
            range("fe00::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", 64502, "Top Six"),
            range("::1", "::1:0", 64503, "Low Six"));

    @ParameterizedTest(name = "{0} is in AS{1}")
    @CsvSource(textBlock = """
            1.0.0.0,                                  13335
            1.0.0.128,                                13335
            1.0.0.255,                                13335
            1.0.4.0,                                  64500
            1.0.7.255,                                64500
            200.0.0.1,                                4294967295
            255.255.255.255,                          64501
            2001:db8::,                               64500
            2001:db8:0:ffff:ffff:ffff:ffff:ffff,      64500
            2001:db8:0:1::1,                          64500
            fe00::,                                   64502
            ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff,  64502
            ::1,                                      64503
            ::0.1.0.0,                                64503
            """)
    void an_address_in_a_range_finds_it_at_both_ends_and_within(String address, long asn) {
        int range = ranges.find(ip(address));

        assertThat(range).isNotEqualTo(AsnRanges.NONE);
        assertThat(ranges.asn(range)).isEqualTo(asn);
    }

    @ParameterizedTest(name = "{0} is in no range")
    @CsvSource(textBlock = """
            0.255.255.255
            1.0.1.0
            1.0.3.255
            1.0.8.0
            199.255.255.255
            200.0.1.0
            255.255.254.255
            ::
            ::1:1
            2001:db7:ffff:ffff:ffff:ffff:ffff:ffff
            2001:db8:1::
            fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff
            """)
    void an_address_between_ranges_or_outside_them_finds_none(String address) {
        assertThat(ranges.find(ip(address))).isEqualTo(AsnRanges.NONE);
    }

    @Test
    void organisations_are_kept_once_and_given_back_by_range() {
        assertThat(ranges.organisation(ranges.find(ip("1.0.0.1")))).isEqualTo("Example Edge, Inc.");
        assertThat(ranges.organisation(ranges.find(ip("2001:db8::1")))).isEqualTo("Example Hosting");
        assertThat(ranges.organisation(ranges.find(ip("1.0.5.5")))).isSameAs(ranges.organisation(ranges.find(ip("2001:db8::1"))));
        assertThat(ranges.ipv4Count()).isEqualTo(4);
        assertThat(ranges.ipv6Count()).isEqualTo(3);
    }

    @Test
    void ranges_given_out_of_order_are_sorted() {
        AsnRanges shuffled = build(range("10.0.0.0", "10.0.0.255", 2, "Two"), range("9.0.0.0", "9.0.0.255", 1, "One"),
                range("3::", "3::ff", 6, "Six"), range("2::", "2::ff", 5, "Five"));

        assertThat(shuffled.asn(shuffled.find(ip("9.0.0.9")))).isEqualTo(1);
        assertThat(shuffled.asn(shuffled.find(ip("10.0.0.10")))).isEqualTo(2);
        assertThat(shuffled.asn(shuffled.find(ip("2::1")))).isEqualTo(5);
        assertThat(shuffled.asn(shuffled.find(ip("3::1")))).isEqualTo(6);
    }

    @Test
    void a_range_of_two_families_or_backwards_or_with_an_impossible_as_number_is_refused() {
        var builder = new AsnRanges.Builder();

        assertThat(builder.add(ip("1.0.0.0"), ip("::1"), 1, "x")).isFalse();
        assertThat(builder.add(ip("1.0.0.9"), ip("1.0.0.0"), 1, "x")).isFalse();
        assertThat(builder.add(ip("1.0.0.0"), ip("1.0.0.9"), -1, "x")).isFalse();
        assertThat(builder.add(ip("1.0.0.0"), ip("1.0.0.9"), 1L << 32, "x")).isFalse();
        assertThat(builder.build().find(ip("1.0.0.1"))).isEqualTo(AsnRanges.NONE);
    }

    @Test
    void an_empty_index_finds_nothing() {
        AsnRanges empty = new AsnRanges.Builder().build();

        assertThat(empty.find(ip("1.2.3.4"))).isEqualTo(AsnRanges.NONE);
        assertThat(empty.find(ip("2001:db8::1"))).isEqualTo(AsnRanges.NONE);
    }

    @Test
    void lookups_agree_with_a_plain_search_over_many_random_ranges_and_addresses() {
        Random random = new Random(14);
        List<long[]> v4 = new ArrayList<>();
        List<long[][]> v6 = new ArrayList<>();
        var builder = new AsnRanges.Builder();
        long next = 0;
        for (int i = 0; i < 2_000; i++) {
            long start = next + random.nextInt(1 << 20);
            long end = start + random.nextInt(1 << 16);
            if (end > 0xffffffffL) {
                break;
            }
            v4.add(new long[] {start, end, i});
            builder.add(IpAddress.ipv4(start), IpAddress.ipv4(end), i, "v4-" + i);
            next = end + 1;
        }
        long high = Long.MIN_VALUE + 5;
        for (int i = 0; i < 2_000; i++) {
            long startHigh = high + random.nextInt(1000);
            long endHigh = startHigh + random.nextInt(3);
            long[][] entry = {{startHigh, random.nextLong()}, {endHigh, random.nextLong()}, {100_000 + i}};
            if (endHigh == startHigh && Long.compareUnsigned(entry[1][1], entry[0][1]) < 0) {
                entry[1][1] = entry[0][1];
            }
            v6.add(entry);
            builder.add(IpAddress.ipv6(entry[0][0], entry[0][1]), IpAddress.ipv6(entry[1][0], entry[1][1]), 100_000 + i, "v6");
            high = endHigh + 1;
        }
        AsnRanges index = builder.build();

        for (int probe = 0; probe < 20_000; probe++) {
            long address = random.nextLong() & 0xffffffffL;
            long expected = v4.stream().filter(r -> r[0] <= address && address <= r[1]).mapToLong(r -> r[2]).findFirst().orElse(-1);
            int found = index.find(IpAddress.ipv4(address));
            assertThat(found == AsnRanges.NONE ? -1 : index.asn(found)).as(IpAddress.ipv4(address).toString()).isEqualTo(expected);
        }
        for (int probe = 0; probe < 20_000; probe++) {
            long[][] near = v6.get(random.nextInt(v6.size()));
            IpAddress address = IpAddress.ipv6(near[0][0] + random.nextInt(4) - 1, random.nextLong());
            long expected = v6.stream().filter(r -> within(address, r)).mapToLong(r -> r[2][0]).findFirst().orElse(-1);
            int found = index.find(address);
            assertThat(found == AsnRanges.NONE ? -1 : index.asn(found)).as(address.toString()).isEqualTo(expected);
        }
    }

    private static boolean within(IpAddress address, long[][] range) {
        IpAddress start = IpAddress.ipv6(range[0][0], range[0][1]);
        IpAddress end = IpAddress.ipv6(range[1][0], range[1][1]);
        return start.compareTo(address) <= 0 && address.compareTo(end) <= 0;
    }

    private record Range(String first, String last, long asn, String organisation) {
    }

    private static Range range(String first, String last, long asn, String organisation) {
        return new Range(first, last, asn, organisation);
    }

    private static AsnRanges build(Range... ranges) {
        var builder = new AsnRanges.Builder();
        for (Range range : ranges) {
            assertThat(builder.add(ip(range.first()), ip(range.last()), range.asn(), range.organisation())).isTrue();
        }
        return builder.build();
    }

    private static IpAddress ip(String text) {
        return IpAddress.parse(text).get();
    }
}
