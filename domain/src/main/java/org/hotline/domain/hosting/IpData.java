package org.hotline.domain.hosting;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The public IP data: which country, network and organisation an address belongs to, and which networks are
 * content-delivery or reverse-proxy networks. Newer data may replace older at any time; a trace reads one view
 * from start to end, so that everything in it comes from the data set version it records.
 */
@SecondaryPort
public interface IpData {

    /** The data as it stands now. */
    View current();

    /** One version of the data. Looking up is fast and never fails: what the data does not hold is unknown. */
    interface View {

        IpDataVersion version();

        AddressFacts lookUp(org.hotline.domain.hosting.address.IpAddress address);

        CdnNetworks cdnNetworks();
    }
}
