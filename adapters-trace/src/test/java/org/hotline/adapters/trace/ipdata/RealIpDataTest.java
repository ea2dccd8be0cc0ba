package org.hotline.adapters.trace.ipdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;


import io.vavr.collection.List;
import org.hotline.adapters.trace.testing.RealIpData;
import org.hotline.domain.hosting.Asn;
import org.hotline.domain.hosting.CdnMatch;
import org.hotline.domain.hosting.address.IpAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real data, where it was fetched with scripts/fetch-ip-data.sh: well-known public addresses come out right. */
class RealIpDataTest {

    private static IpDataDirectory data;

    @BeforeAll
    static void load() {
        var directory = RealIpData.directory();
        assumeTrue(directory.isPresent(), "the real IP data is not fetched here (scripts/fetch-ip-data.sh)");
        data = IpDataDirectory.open(directory.get());
    }

    @AfterAll
    static void close() {
        if (data != null) {
            data.close();
        }
    }

    @Test
    void both_data_sets_load_with_their_package_versions() {
        var version = data.current().version();

        assertThat(version.countries().toString()).startsWith("@ip-location-db/geo-whois-asn-country-mmdb 2.");
        assertThat(version.networks().toString()).startsWith("@ip-location-db/asn 2.");
        assertThat(data.status()).noneMatch(line -> line.contains("not loaded"));
    }

    @Test
    void public_resolvers_are_found_in_their_networks() {
        var google = data.current().lookUp(ip("8.8.8.8"));
        var googleV6 = data.current().lookUp(ip("2001:4860:4860::8888"));
        var cloudflare = data.current().lookUp(ip("1.1.1.1"));
        var quad9 = data.current().lookUp(ip("9.9.9.9"));

        assertThat(google.country().get().value()).isEqualTo("US");
        assertThat(google.asn()).contains(new Asn(15169));
        assertThat(google.organisation().get()).contains("Google");
        assertThat(googleV6.asn()).contains(new Asn(15169));
        assertThat(cloudflare.asn()).contains(new Asn(13335));
        assertThat(cloudflare.organisation().get()).contains("Cloudflare");
        assertThat(quad9.asn()).contains(new Asn(19281));
    }

    @Test
    void an_address_of_cloudflare_is_flagged_as_behind_its_network() {
        var facts = data.current().lookUp(ip("104.16.0.1"));

        assertThat(data.current().cdnNetworks().match(facts.asn(), List.empty()))
                .contains(new CdnMatch.ByAsn("Cloudflare", new Asn(13335)));
    }

    private static IpAddress ip(String text) {
        return IpAddress.parse(text).get();
    }

}
