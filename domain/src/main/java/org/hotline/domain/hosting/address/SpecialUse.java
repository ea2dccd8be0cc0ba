package org.hotline.domain.hosting.address;

import io.vavr.control.Option;

/**
 * What an address is reserved for when it is not an ordinary public address (IANA's special-purpose address
 * registries). Content is not hosted at such an address on the public internet: a name that resolves to one is
 * parked, blocked by the resolver, or meant for a private network.
 */
public enum SpecialUse {
    UNSPECIFIED("the unspecified address"),
    THIS_NETWORK("\"this network\" (0.0.0.0/8)"),
    PRIVATE("a private network (RFC 1918)"),
    SHARED("carrier-grade NAT space (100.64.0.0/10)"),
    LOOPBACK("loopback: the machine itself"),
    LINK_LOCAL("link-local"),
    PROTOCOL_ASSIGNMENTS("IETF protocol assignments"),
    DOCUMENTATION("documentation examples"),
    BENCHMARKING("benchmarking (198.18.0.0/15)"),
    MULTICAST("multicast"),
    UNIQUE_LOCAL("an IPv6 private network (fc00::/7)"),
    RESERVED("reserved, not in use on the public internet");

    private final String meaning;

    SpecialUse(String meaning) {
        this.meaning = meaning;
    }

    /** What the reservation means, in words for the analyst. */
    public String meaning() {
        return meaning;
    }

    static Option<SpecialUse> of(IpAddress address) {
        if (address.isIpv4()) {
            return ofIpv4(address.low());
        }
        if (address.high() == 0 && (address.low() >>> 32) == 0xffffL) {
            return ofIpv4(address.low() & 0xffffffffL);
        }
        return ofIpv6(address.high(), address.low());
    }

    private static Option<SpecialUse> ofIpv4(long a) {
        if (in(a, 0x00000000L, 8)) {
            return Option.some(THIS_NETWORK);
        }
        if (in(a, 0x0a000000L, 8) || in(a, 0xac100000L, 12) || in(a, 0xc0a80000L, 16)) {
            return Option.some(PRIVATE);
        }
        if (in(a, 0x64400000L, 10)) {
            return Option.some(SHARED);
        }
        if (in(a, 0x7f000000L, 8)) {
            return Option.some(LOOPBACK);
        }
        if (in(a, 0xa9fe0000L, 16)) {
            return Option.some(LINK_LOCAL);
        }
        if (in(a, 0xc0000000L, 24)) {
            return Option.some(PROTOCOL_ASSIGNMENTS);
        }
        if (in(a, 0xc0000200L, 24) || in(a, 0xc6336400L, 24) || in(a, 0xcb007100L, 24)) {
            return Option.some(DOCUMENTATION);
        }
        if (in(a, 0xc6120000L, 15)) {
            return Option.some(BENCHMARKING);
        }
        if (in(a, 0xe0000000L, 4)) {
            return Option.some(MULTICAST);
        }
        return in(a, 0xf0000000L, 4) ? Option.some(RESERVED) : Option.none();
    }

    private static Option<SpecialUse> ofIpv6(long high, long low) {
        if (high == 0 && low == 0) {
            return Option.some(UNSPECIFIED);
        }
        if (high == 0 && low == 1) {
            return Option.some(LOOPBACK);
        }
        long first16 = high >>> 48;
        if (first16 == 0x2001 && (high >>> 32 & 0xffff) == 0x0db8) {
            return Option.some(DOCUMENTATION);
        }
        if ((first16 & 0xfe00) == 0xfc00) {
            return Option.some(UNIQUE_LOCAL);
        }
        if ((first16 & 0xffc0) == 0xfe80) {
            return Option.some(LINK_LOCAL);
        }
        if ((first16 & 0xff00) == 0xff00) {
            return Option.some(MULTICAST);
        }
        // Global unicast is 2000::/3; everything else is reserved by IANA (NAT64's 64:ff9b::/96 aside).
        boolean nat64 = high == 0x0064ff9b00000000L && (low >>> 32) == 0;
        return (first16 & 0xe000) == 0x2000 || nat64 ? Option.none() : Option.some(RESERVED);
    }

    private static boolean in(long address, long network, int prefixLength) {
        long mask = (0xffffffffL << (32 - prefixLength)) & 0xffffffffL;
        return (address & mask) == network;
    }
}
