package org.hotline.adapters.capture.fetch;

import java.util.List;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.capture.AddressRange;
import org.hotline.domain.capture.IpAddress;

/**
 * Which network addresses the fetcher may connect to: public unicast addresses only, unless an operator allowed a
 * range ({@code HOTLINE_CAPTURE_ALLOW}). Refused are the IANA special-purpose blocks that do not reach the public
 * internet: loopback, private (RFC 1918), carrier-grade NAT, link-local, "this network", documentation and
 * benchmarking ranges, multicast, reserved and broadcast; in IPv6 also the unspecified address, unique-local,
 * link-local and site-local addresses, and everything outside the global unicast block 2000::/3. An IPv6 address that
 * carries an IPv4 address (IPv4-mapped, IPv4-compatible, NAT64, 6to4) is refused when the IPv4 address it carries is, so a
 * private address cannot be reached by writing it in IPv6; the deprecated IPv4-compatible form is refused whatever it
 * carries.
 */
public final class AddressPolicy {

    private record Block(AddressRange range, String reason) {
        Block(String range, String reason) {
            this(AddressRange.of(range), reason);
        }
    }

    private static final List<Block> IPV4 = List.of(
            new Block("0.0.0.0/8", "an address of \"this network\" (0.0.0.0/8)"),
            new Block("10.0.0.0/8", "a private address (10.0.0.0/8)"),
            new Block("100.64.0.0/10", "a carrier-grade NAT address (100.64.0.0/10)"),
            new Block("127.0.0.0/8", "a loopback address (127.0.0.0/8)"),
            new Block("169.254.0.0/16", "a link-local address (169.254.0.0/16)"),
            new Block("172.16.0.0/12", "a private address (172.16.0.0/12)"),
            new Block("192.0.0.0/24", "an IETF protocol address (192.0.0.0/24)"),
            new Block("192.0.2.0/24", "a documentation address (192.0.2.0/24)"),
            new Block("192.88.99.0/24", "a 6to4 relay address (192.88.99.0/24)"),
            new Block("192.168.0.0/16", "a private address (192.168.0.0/16)"),
            new Block("198.18.0.0/15", "a benchmarking address (198.18.0.0/15)"),
            new Block("198.51.100.0/24", "a documentation address (198.51.100.0/24)"),
            new Block("203.0.113.0/24", "a documentation address (203.0.113.0/24)"),
            new Block("224.0.0.0/4", "a multicast address (224.0.0.0/4)"),
            new Block("255.255.255.255/32", "the broadcast address"),
            new Block("240.0.0.0/4", "a reserved address (240.0.0.0/4)"));

    private static final List<Block> IPV6 = List.of(
            new Block("::/128", "the unspecified IPv6 address"),
            new Block("::1/128", "the IPv6 loopback address"),
            new Block("100::/64", "an IPv6 discard address (100::/64)"),
            new Block("64:ff9b:1::/48", "a local-use NAT64 address (64:ff9b:1::/48)"),
            new Block("2001::/23", "an IETF protocol address, such as Teredo (2001::/23)"),
            new Block("2001:db8::/32", "an IPv6 documentation address (2001:db8::/32)"),
            new Block("3fff::/20", "an IPv6 documentation address (3fff::/20)"),
            new Block("5f00::/16", "an IPv6 segment-routing address (5f00::/16)"),
            new Block("fc00::/7", "a unique-local IPv6 address (fc00::/7)"),
            new Block("fe80::/10", "a link-local IPv6 address (fe80::/10)"),
            new Block("fec0::/10", "a site-local IPv6 address (fec0::/10)"),
            new Block("ff00::/8", "a multicast IPv6 address (ff00::/8)"));

    private static final AddressRange GLOBAL_UNICAST = AddressRange.of("2000::/3");
    private static final AddressRange IPV4_MAPPED = AddressRange.of("::ffff:0:0/96");
    private static final AddressRange IPV4_COMPATIBLE = AddressRange.of("::/96");
    private static final AddressRange NAT64 = AddressRange.of("64:ff9b::/96");
    private static final AddressRange SIX_TO_FOUR = AddressRange.of("2002::/16");

    private final Seq<AddressRange> allowed;

    public AddressPolicy(Seq<AddressRange> allowed) {
        this.allowed = allowed;
    }

    /** Why the address may not be connected to; none when it may. */
    public Option<String> refusal(IpAddress address) {
        Option<IpAddress> carried = carriedIpv4(address);
        if (isAllowed(address) || carried.exists(this::isAllowed)) {
            return Option.none();
        }
        if (address.isIpv4()) {
            return reason(IPV4, address);
        }
        if (carried.isDefined()) {
            Option<String> carriedReason = reason(IPV4, carried.get());
            if (carriedReason.isDefined()) {
                return carriedReason.map(why -> why + ", written as an IPv6 address");
            }
            if (IPV4_MAPPED.contains(address) || NAT64.contains(address)) {
                return Option.none();
            }
        }
        Option<String> special = reason(IPV6, address);
        if (special.isDefined()) {
            return special;
        }
        return GLOBAL_UNICAST.contains(address) ? Option.none()
                : Option.some("an IPv6 address outside the global unicast block 2000::/3");
    }

    private boolean isAllowed(IpAddress address) {
        return allowed.exists(range -> range.contains(address));
    }

    private static Option<String> reason(List<Block> blocks, IpAddress address) {
        for (Block block : blocks) {
            if (block.range().contains(address)) {
                return Option.some(block.reason());
            }
        }
        return Option.none();
    }

    /**
     * The IPv4 address an IPv6 address carries, by the well-known embeddings. The unspecified and loopback addresses
     * lie inside ::/96 but are IPv6's own, so they are judged as IPv6.
     */
    static Option<IpAddress> carriedIpv4(IpAddress address) {
        if (address.isIpv4()) {
            return Option.none();
        }
        byte[] bytes = address.bytes();
        if (IPV4_MAPPED.contains(address) || NAT64.contains(address)
                || (IPV4_COMPATIBLE.contains(address) && !isUnspecifiedOrLoopback(bytes))) {
            return Option.some(IpAddress.of(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]}));
        }
        if (SIX_TO_FOUR.contains(address)) {
            return Option.some(IpAddress.of(new byte[] {bytes[2], bytes[3], bytes[4], bytes[5]}));
        }
        return Option.none();
    }

    private static boolean isUnspecifiedOrLoopback(byte[] bytes) {
        for (int i = 0; i < 15; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[15] == 0 || bytes[15] == 1;
    }
}
