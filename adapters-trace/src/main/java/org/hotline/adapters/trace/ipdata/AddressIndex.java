package org.hotline.adapters.trace.ipdata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.hosting.AddressFacts;
import org.hotline.domain.hosting.address.IpAddress;

/**
 * Countries and networks laid over each other in one range index: each stretch of addresses with one country and
 * one network leads to the facts a trace records, made once. A lookup is one search and allocates nothing.
 */
final class AddressIndex {

    private static final RangeIndex EMPTY = new RangeIndex.Builder().build();

    private final RangeIndex ranges;
    private final AddressFacts[] facts;

    private AddressIndex(RangeIndex ranges, AddressFacts[] facts) {
        this.ranges = ranges;
        this.facts = facts;
    }

    /** The index of what is loaded; either may be missing (null). */
    static AddressIndex of(CountryDatabase countries, AsnRanges networks) {
        Map<Long, Integer> numbers = new HashMap<>();
        List<AddressFacts> table = new ArrayList<>();
        RangeIndex combined = RangeIndex.overlay(countries == null ? EMPTY : countries.ranges(),
                networks == null ? EMPTY : networks.ranges(), (country, network) ->
                        numbers.computeIfAbsent((long) country << 32 | (network & 0xffffffffL), key -> {
                            Option<CountryCode> code = country == RangeIndex.NONE ? Option.none() : countries.countryOf(country);
                            table.add(networks == null ? new AddressFacts(code, Option.none(), Option.none())
                                    : networks.factsOf(network, code));
                            return table.size() - 1;
                        }));
        return new AddressIndex(combined, table.toArray(new AddressFacts[0]));
    }

    AddressFacts lookUp(IpAddress address) {
        int stretch = ranges.find(address);
        return stretch == RangeIndex.NONE ? AddressFacts.unknown() : facts[stretch];
    }

    int ranges() {
        return ranges.size();
    }
}
