package org.hotline.domain.hosting;

import java.util.Objects;

import io.vavr.control.Option;
import org.hotline.domain.CountryCode;

/**
 * What the public IP data says of one address: the country it is registered in, the autonomous system that routes
 * it and the organisation that runs that network. Each is unknown where the data has nothing, or is not loaded.
 */
public record AddressFacts(Option<CountryCode> country, Option<Asn> asn, Option<String> organisation) {

    public AddressFacts {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(asn, "asn");
        Objects.requireNonNull(organisation, "organisation");
    }

    /** Nothing known. */
    public static AddressFacts unknown() {
        return new AddressFacts(Option.none(), Option.none(), Option.none());
    }
}
