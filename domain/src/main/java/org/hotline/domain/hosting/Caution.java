package org.hotline.domain.hosting;

import java.util.Objects;

import io.vavr.collection.Seq;
import org.hotline.domain.hosting.address.Host;
import org.hotline.domain.hosting.address.IpAddress;
import org.hotline.domain.hosting.address.SpecialUse;
import org.hotline.domain.hosting.dns.DnsOutcome;
import org.hotline.domain.hosting.dns.RecordType;

/** Something the analyst should weigh before naming the hosting country. */
public sealed interface Caution {

    /** A stable key, for pages to translate. */
    String code();

    /** The caution in words. */
    String describe();

    /** The country data is not loaded: no address has a country, and the analyst enters it. */
    record NoCountryData() implements Caution {
        @Override
        public String code() {
            return "hosting.no_country_data";
        }

        @Override
        public String describe() {
            return "The country data is not loaded, so no address has a country: find the hosting country by other "
                    + "means and enter it.";
        }
    }

    /** A host gave no address. */
    record NotResolved(Host host, DnsOutcome outcome) implements Caution {
        public NotResolved {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(outcome, "outcome");
        }

        @Override
        public String code() {
            return "hosting.not_resolved";
        }

        @Override
        public String describe() {
            return host.text() + " gave no address: " + outcome.describe() + ".";
        }
    }

    /** A host gave addresses, but one of the two questions failed: it may have more. */
    record PartlyResolved(Host host, RecordType type, DnsOutcome outcome) implements Caution {
        public PartlyResolved {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(outcome, "outcome");
        }

        @Override
        public String code() {
            return "hosting.partly_resolved";
        }

        @Override
        public String describe() {
            return "The " + type + " records of " + host.text() + " are missing (" + outcome.describe()
                    + "): it may have addresses not shown.";
        }
    }

    /** An address is reserved (private, loopback, documentation...): nothing is hosted there on the internet. */
    record NotPublic(Host host, IpAddress address, SpecialUse use) implements Caution {
        public NotPublic {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(use, "use");
        }

        @Override
        public String code() {
            return "hosting.not_public";
        }

        @Override
        public String describe() {
            return host.text() + " points to " + address + ", an address for " + use.meaning()
                    + ": not a host on the internet (the name may be parked or blocked).";
        }
    }

    /** The data has no country for an address. */
    record CountryUnknown(Host host, IpAddress address) implements Caution {
        public CountryUnknown {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(address, "address");
        }

        @Override
        public String code() {
            return "hosting.country_unknown";
        }

        @Override
        public String describe() {
            return "The data has no country for " + address + " (" + host.text() + ").";
        }
    }

    /** Hosts are reached through a content-delivery or reverse-proxy network, which hides the real host. */
    record BehindCdn(String network, Seq<Host> hosts) implements Caution {
        public BehindCdn {
            Objects.requireNonNull(network, "network");
            Objects.requireNonNull(hosts, "hosts");
        }

        @Override
        public String code() {
            return "hosting.behind_cdn";
        }

        @Override
        public String describe() {
            return hosts.map(Host::text).mkString(", ") + (hosts.size() == 1 ? " is" : " are") + " served through "
                    + network + ", which hides the real host: the country shown is the network's, and " + network
                    + "'s abuse process is the way to the host.";
        }
    }
}
