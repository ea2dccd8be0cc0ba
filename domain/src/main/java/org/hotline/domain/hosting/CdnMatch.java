package org.hotline.domain.hosting;

import java.util.Objects;

import org.hotline.domain.hosting.address.DomainName;

/**
 * Why an address counts as part of a content-delivery or reverse-proxy network: the content's real host is hidden
 * behind it, and the network's own abuse process is the way to it.
 */
public sealed interface CdnMatch {

    /** The network's name, such as Cloudflare. */
    String network();

    /** The evidence, in words. */
    String evidence();

    /** The address is routed by one of the network's autonomous systems. */
    record ByAsn(String network, Asn asn) implements CdnMatch {
        public ByAsn {
            Objects.requireNonNull(network, "network");
            Objects.requireNonNull(asn, "asn");
        }

        @Override
        public String evidence() {
            return "routed by " + asn;
        }
    }

    /** The host name is an alias of a name in the network's domain (such as {@code x.cloudfront.net}). */
    record ByAlias(String network, DomainName alias) implements CdnMatch {
        public ByAlias {
            Objects.requireNonNull(network, "network");
            Objects.requireNonNull(alias, "alias");
        }

        @Override
        public String evidence() {
            return "reached through " + alias;
        }
    }
}
