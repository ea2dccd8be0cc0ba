package org.hotline.domain.law;

import java.util.Objects;

import org.hotline.domain.CountryCode;

/** Where content is hosted, as it matters for the procedure: at home, with a network partner, or elsewhere. */
public sealed interface HostingLocation {

    /** In the hotline's own country. */
    record Home() implements HostingLocation {
    }

    /** In another country that has a member hotline of the network. */
    record MemberHotlineCountry(CountryCode country) implements HostingLocation {
        public MemberHotlineCountry {
            Objects.requireNonNull(country, "country");
        }
    }

    /** In a country without a member hotline. */
    record CountryWithoutHotline(CountryCode country) implements HostingLocation {
        public CountryWithoutHotline {
            Objects.requireNonNull(country, "country");
        }
    }

    /** Not traced yet, or the trace failed. */
    record Unknown() implements HostingLocation {
    }
}
