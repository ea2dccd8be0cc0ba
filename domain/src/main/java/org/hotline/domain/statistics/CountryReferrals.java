package org.hotline.domain.statistics;

import java.util.Objects;

import org.hotline.domain.CountryCode;

/**
 * The referrals exchanged with one country's hotline over a period: sent to it (material hosted there) and received
 * from it (material hosted here), and how many of those sent it has reported removed since.
 */
public record CountryReferrals(CountryCode country, long sent, long received, long sentRemoved) {

    public CountryReferrals {
        Objects.requireNonNull(country, "country");
        if (sent < 0 || received < 0 || sentRemoved < 0 || sentRemoved > sent || sent + received == 0) {
            throw new IllegalArgumentException("a country with referrals: " + country + " sent " + sent + ", received "
                    + received + ", removed " + sentRemoved);
        }
    }

    /** The referrals sent that the country's hotline reported removed. */
    public Share removedShare() {
        return new Share(sentRemoved, sent);
    }
}
