package org.hotline.domain.testing;

import java.util.LinkedHashMap;
import java.util.Map;

import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.hosting.AddressFacts;
import org.hotline.domain.hosting.Asn;
import org.hotline.domain.hosting.CdnNetworks;
import org.hotline.domain.hosting.DataSetVersion;
import org.hotline.domain.hosting.IpData;
import org.hotline.domain.hosting.IpDataVersion;
import org.hotline.domain.hosting.address.DomainName;
import org.hotline.domain.hosting.address.IpAddress;

/**
 * IP data a test writes address by address. Each change makes a new version; views already handed out keep theirs.
 */
public final class InMemoryIpData implements IpData {

    private Map<IpAddress, AddressFacts> facts = new LinkedHashMap<>();
    private CdnNetworks cdns = CdnNetworks.none();
    private int version = 1;
    private boolean countriesLoaded = true;

    /** The address is in the country, routed by the system, run by the organisation. */
    public synchronized InMemoryIpData with(String address, String country, long asn, String organisation) {
        var copy = new LinkedHashMap<>(facts);
        copy.put(IpAddress.parse(address).get(), new AddressFacts(CountryCode.parse(country), Option.some(new Asn(asn)),
                Option.some(organisation)));
        facts = copy;
        version++;
        return this;
    }

    /** The system belongs to a content-delivery network. */
    public synchronized InMemoryIpData cdnAsn(long asn, String network) {
        cdns = cdns.and(new CdnNetworks(io.vavr.collection.LinkedHashMap.of(new Asn(asn), network),
                io.vavr.collection.LinkedHashMap.empty()));
        version++;
        return this;
    }

    /** Names in the domain are aliases into a content-delivery network. */
    public synchronized InMemoryIpData cdnDomain(String domain, String network) {
        cdns = cdns.and(new CdnNetworks(io.vavr.collection.LinkedHashMap.empty(),
                io.vavr.collection.LinkedHashMap.of(DomainName.parse(domain).get(), network)));
        version++;
        return this;
    }

    /** The country data is missing: every country is unknown. */
    public synchronized InMemoryIpData withoutCountries() {
        countriesLoaded = false;
        version++;
        return this;
    }

    @Override
    public synchronized View current() {
        Map<IpAddress, AddressFacts> snapshot = facts;
        CdnNetworks networks = cdns;
        boolean countries = countriesLoaded;
        var versions = new IpDataVersion(
                countries ? DataSetVersion.of("test countries", "v" + version) : DataSetVersion.absent("test countries"),
                DataSetVersion.of("test networks", "v" + version), DataSetVersion.of("test CDN networks", "v" + version));
        return new View() {
            @Override
            public IpDataVersion version() {
                return versions;
            }

            @Override
            public AddressFacts lookUp(IpAddress address) {
                AddressFacts known = snapshot.getOrDefault(address, AddressFacts.unknown());
                return countries ? known : new AddressFacts(Option.none(), known.asn(), known.organisation());
            }

            @Override
            public CdnNetworks cdnNetworks() {
                return networks;
            }
        };
    }
}
