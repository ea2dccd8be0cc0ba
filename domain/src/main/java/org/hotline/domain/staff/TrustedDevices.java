package org.hotline.domain.staff;

import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where the browsers members have signed in from are known, by the digest of their token. */
@SecondaryPort
public interface TrustedDevices {

    Option<TrustedDevice> byDigest(String digest);

    /** Stores a new device, or its new state. */
    void save(TrustedDevice device);
}
