package org.hotline.domain.hosting.casework;

import org.hotline.domain.law.HostingLocation;

/** Where a hosting country stands for the cooperation agreement. */
public enum CountryStanding {
    /** The hotline's own country. */
    HOME,
    /** Another country, with a member hotline of the network. */
    MEMBER_HOTLINE,
    /** A country without a member hotline. */
    NO_MEMBER_HOTLINE;

    /** The standing of a known location. */
    static CountryStanding of(HostingLocation location) {
        if (location instanceof HostingLocation.Home) {
            return HOME;
        }
        if (location instanceof HostingLocation.MemberHotlineCountry) {
            return MEMBER_HOTLINE;
        }
        if (location instanceof HostingLocation.CountryWithoutHotline) {
            return NO_MEMBER_HOTLINE;
        }
        throw new IllegalArgumentException("a settled country has a known location: " + location);
    }
}
