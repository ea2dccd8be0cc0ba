package org.hotline.domain.hosting;

import java.util.Objects;

import io.vavr.control.Option;
import org.hotline.domain.hosting.address.IpAddress;
import org.hotline.domain.hosting.address.SpecialUse;

/** One address a host was traced to, with what the IP data says of it and the network it hides behind, if any. */
public record TracedAddress(IpAddress address, AddressFacts facts, Option<CdnMatch> cdn) {

    public TracedAddress {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(cdn, "cdn");
    }

    /** True when the address belongs to a content-delivery or reverse-proxy network. */
    public boolean behindCdn() {
        return cdn.isDefined();
    }

    /** What the address is reserved for, when it is not a public address. */
    public Option<SpecialUse> specialUse() {
        return address.specialUse();
    }
}
