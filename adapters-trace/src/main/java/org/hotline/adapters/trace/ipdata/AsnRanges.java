package org.hotline.adapters.trace.ipdata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.hosting.AddressFacts;
import org.hotline.domain.hosting.Asn;
import org.hotline.domain.hosting.address.IpAddress;

/**
 * Address ranges with the autonomous system that routes each and the organisation that runs it: a {@link RangeIndex}
 * whose numbers lead to a table of networks (AS number and organisation), each network and each organisation's name
 * kept once. Immutable once built; safe to share between threads.
 */
final class AsnRanges {

    /** No range holds the address. */
    static final int NONE = RangeIndex.NONE;

    private final RangeIndex ranges;
    private final int[] asns;
    private final int[] organisationOf;
    private final String[] organisations;
    /** Each network's facts as a trace records them, made once so that a lookup allocates nothing for them. */
    private final NetworkFacts[] facts;

    /** What a trace records of one network. */
    private record NetworkFacts(Option<Asn> asn, Option<String> organisation) {
    }

    private AsnRanges(Builder builder) {
        this.ranges = builder.ranges.build();
        this.asns = builder.asns.stream().mapToInt(Integer::intValue).toArray();
        this.organisationOf = builder.organisationOf.stream().mapToInt(Integer::intValue).toArray();
        this.organisations = builder.organisationNames.toArray(new String[0]);
        List<Option<String>> names = builder.organisationNames.stream()
                .map(name -> name.isEmpty() ? Option.<String>none() : Option.some(name)).toList();
        this.facts = new NetworkFacts[asns.length];
        for (int network = 0; network < asns.length; network++) {
            facts[network] = new NetworkFacts(Option.some(new Asn(Integer.toUnsignedLong(asns[network]))),
                    names.get(organisationOf[network]));
        }
    }

    int ipv4Count() {
        return ranges.ipv4Count();
    }

    int ipv6Count() {
        return ranges.ipv6Count();
    }

    /** The network of the address: a number to ask {@link #asn} and {@link #organisation} about, or {@link #NONE}. */
    int find(IpAddress address) {
        return ranges.find(address);
    }

    /** The AS number of a network {@link #find} gave. */
    long asn(int network) {
        return Integer.toUnsignedLong(asns[network]);
    }

    /** The organisation of a network {@link #find} gave. */
    String organisation(int network) {
        return organisations[organisationOf[network]];
    }

    /** The ranges, numbered by network. */
    RangeIndex ranges() {
        return ranges;
    }

    /** What a trace records of a network, with the country it is given. */
    AddressFacts factsOf(int network, Option<CountryCode> country) {
        if (network == NONE) {
            return new AddressFacts(country, Option.none(), Option.none());
        }
        NetworkFacts known = facts[network];
        return new AddressFacts(country, known.asn(), known.organisation());
    }

    /** Collects ranges in any order, with their AS number and organisation. */
    static final class Builder {
        private final RangeIndex.Builder ranges = new RangeIndex.Builder();
        private final Map<Long, Integer> networkIndex = new HashMap<>();
        private final List<Integer> asns = new ArrayList<>();
        private final List<Integer> organisationOf = new ArrayList<>();
        private final Map<String, Integer> organisationIndex = new HashMap<>();
        private final List<String> organisationNames = new ArrayList<>();

        /**
         * Adds a range; false (and nothing added) when its ends are of two families or in the wrong order, or the AS
         * number is not one.
         */
        boolean add(IpAddress first, IpAddress last, long asn, String organisation) {
            if (asn < 0 || asn > 0xffffffffL || first.family() != last.family() || first.compareTo(last) > 0) {
                return false;
            }
            int organisationNumber = organisationIndex.computeIfAbsent(organisation, name -> {
                organisationNames.add(name);
                return organisationNames.size() - 1;
            });
            int network = networkIndex.computeIfAbsent(asn << 32 | organisationNumber, key -> {
                asns.add((int) asn);
                organisationOf.add(organisationNumber);
                return asns.size() - 1;
            });
            return ranges.add(first, last, network);
        }

        AsnRanges build() {
            return new AsnRanges(this);
        }
    }
}
