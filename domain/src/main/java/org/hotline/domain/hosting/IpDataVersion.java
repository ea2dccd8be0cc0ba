package org.hotline.domain.hosting;

import java.util.Objects;

/** The versions of the data a trace used: countries, networks (AS numbers and organisations) and CDN networks. */
public record IpDataVersion(DataSetVersion countries, DataSetVersion networks, DataSetVersion cdnNetworks) {

    public IpDataVersion {
        Objects.requireNonNull(countries, "countries");
        Objects.requireNonNull(networks, "networks");
        Objects.requireNonNull(cdnNetworks, "cdnNetworks");
    }

    @Override
    public String toString() {
        return countries + "; " + networks + "; " + cdnNetworks;
    }
}
