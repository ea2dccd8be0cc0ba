package org.hotline.adapters.trace.ipdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.vavr.control.Option;
import org.hotline.adapters.trace.testing.TestIpData;
import org.hotline.domain.CountryCode;
import org.hotline.domain.hosting.AddressFacts;
import org.hotline.domain.hosting.Asn;
import org.hotline.domain.hosting.IpData;
import org.hotline.domain.hosting.address.DomainName;
import org.hotline.domain.hosting.address.IpAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IpDataDirectoryTest {

    @TempDir
    Path data;

    private IpDataDirectory directory;

    @AfterEach
    void close() {
        if (directory != null) {
            directory.close();
        }
    }

    @Test
    void an_address_is_looked_up_to_its_country_as_number_and_organisation() {
        sample("1.0.0").write();

        directory = IpDataDirectory.open(data);

        assertThat(directory.current().lookUp(ip("192.0.2.10"))).isEqualTo(facts("NL", 64500, "Example Hosting, B.V."));
        assertThat(directory.current().lookUp(ip("2001:db8::10"))).isEqualTo(facts("BE", 64502, "Six Net"));
        assertThat(directory.current().lookUp(ip("203.0.113.1"))).isEqualTo(AddressFacts.unknown());
    }

    @Test
    void every_view_says_which_version_of_each_data_set_it_holds() {
        sample("2.3.4").write();

        directory = IpDataDirectory.open(data);

        var version = directory.current().version();
        assertThat(version.countries().toString()).matches(
                "@ip-location-db/geo-whois-asn-country-mmdb 2\\.3\\.4 \\(built 2026-01-01, sha256 [0-9a-f]{12}\\)");
        assertThat(version.networks().toString()).matches("@ip-location-db/asn 2\\.3\\.4 \\(sha256 [0-9a-f]{12}\\)");
        assertThat(version.cdnNetworks().toString()).matches("CDN networks built-in sha256 [0-9a-f]{12}");
    }

    @Test
    void without_data_every_address_is_unknown_and_the_status_says_how_to_get_it() {
        directory = IpDataDirectory.open(data.resolve("nothing-here"));

        IpData.View view = directory.current();
        assertThat(view.lookUp(ip("192.0.2.10"))).isEqualTo(AddressFacts.unknown());
        assertThat(view.version().countries().loaded()).isFalse();
        assertThat(view.version().networks().loaded()).isFalse();
        assertThat(view.cdnNetworks().byAsn().get(new Asn(13335))).contains("Cloudflare");
        assertThat(directory.status().get(0)).startsWith("countries: not loaded: ")
                .contains("geo-whois-asn-country.mmdb is missing")
                .contains("fetch it with scripts/fetch-ip-data.sh; until then every country is unknown, and analysts enter it");
        assertThat(directory.status().get(1)).startsWith("networks: not loaded: ").contains("asn-ipv4.csv is missing");
    }

    @Test
    void a_corrupt_data_set_is_said_to_be_so_and_the_other_still_serves() throws Exception {
        sample("1.0.0").write();
        Files.writeString(data.resolve("geo-whois-asn-country/geo-whois-asn-country.mmdb"), "garbage");

        directory = IpDataDirectory.open(data);

        assertThat(directory.current().lookUp(ip("192.0.2.10")))
                .isEqualTo(new AddressFacts(Option.none(), Option.some(new Asn(64500)), Option.some("Example Hosting, B.V.")));
        assertThat(directory.status().get(0)).startsWith("countries: not loaded: ").contains("is not a MaxMind DB file");
    }

    @Test
    void newer_data_replaces_the_old_on_refresh_while_views_already_handed_out_keep_theirs() {
        sample("1.0.0").write();
        directory = IpDataDirectory.open(data);
        IpData.View before = directory.current();

        TestIpData.in(data).version("1.0.1").country("192.0.2.0/24", "DE")
                .network("192.0.2.0", "192.0.2.255", 64999, "Moved GmbH").write();
        var notices = directory.refresh();

        assertThat(notices).hasSize(2).anyMatch(n -> n.startsWith("countries: loaded @ip-location-db/geo-whois-asn-country-mmdb 1.0.1"))
                .anyMatch(n -> n.startsWith("networks: loaded @ip-location-db/asn 1.0.1"));
        assertThat(directory.current().lookUp(ip("192.0.2.10"))).isEqualTo(facts("DE", 64999, "Moved GmbH"));
        assertThat(before.lookUp(ip("192.0.2.10"))).isEqualTo(facts("NL", 64500, "Example Hosting, B.V."));
        assertThat(directory.current().version()).isNotEqualTo(before.version());
    }

    @Test
    void nothing_is_reloaded_when_nothing_changed() {
        sample("1.0.0").write();
        directory = IpDataDirectory.open(data);
        IpData.View before = directory.current();

        assertThat(directory.refresh()).isEmpty();
        assertThat(directory.current()).isSameAs(before);
    }

    @Test
    void a_newer_file_that_cannot_be_read_leaves_the_last_good_version_in_use() throws Exception {
        sample("1.0.0").write();
        directory = IpDataDirectory.open(data);
        var good = directory.current().version().networks();

        Files.writeString(data.resolve("asn/asn-ipv4.csv"), "garbage\nmore garbage\n");
        var notices = directory.refresh();

        assertThat(notices).singleElement().asString().startsWith("networks: ").contains("holds no readable ranges")
                .endsWith("still using " + good);
        assertThat(directory.current().lookUp(ip("192.0.2.10")).asn()).contains(new Asn(64500));
        assertThat(directory.current().version().networks()).isEqualTo(good);
        assertThat(directory.status().get(1)).contains("a newer file could not be read");
    }

    @Test
    void data_that_is_removed_is_no_longer_used() throws Exception {
        sample("1.0.0").write();
        directory = IpDataDirectory.open(data);

        Files.delete(data.resolve("geo-whois-asn-country/geo-whois-asn-country.mmdb"));
        var notices = directory.refresh();

        assertThat(notices).singleElement().asString().startsWith("countries: no longer loaded: ");
        assertThat(directory.current().lookUp(ip("192.0.2.10")).country()).isEmpty();
        assertThat(directory.current().version().countries().loaded()).isFalse();
    }

    @Test
    void an_administrator_list_adds_and_renames_cdn_networks_and_is_part_of_the_version() {
        sample("1.0.0").write();
        directory = IpDataDirectory.open(data);
        String builtInOnly = directory.current().version().cdnNetworks().toString();

        TestIpData.in(data).cdnList("""
                AS64500   Example Hosting Shield
                AS13335   Cloudflare (renamed here)
                shield.example.net  Example Shield
                not a line
                """);
        var notices = directory.refresh();

        var cdns = directory.current().cdnNetworks();
        assertThat(notices).singleElement().asString().startsWith("local CDN networks: loaded");
        assertThat(cdns.byAsn().get(new Asn(64500))).contains("Example Hosting Shield");
        assertThat(cdns.byAsn().get(new Asn(13335))).contains("Cloudflare (renamed here)");
        assertThat(cdns.byDomain().get(DomainName.parse("shield.example.net").get())).contains("Example Shield");
        assertThat(directory.current().version().cdnNetworks().toString())
                .startsWith(builtInOnly + " + cdn-networks.txt sha256 ");
        assertThat(directory.status()).anyMatch(line -> line.contains("cdn-networks.txt line 4: 'not' is neither"));
        assertThat(directory.status()).anyMatch(line -> line.matches("CDN networks: \\d+ built in, 3 from .*cdn-networks.txt"));
    }

    @Test
    void a_removed_administrator_list_leaves_the_built_in_one() throws Exception {
        TestIpData.in(data).cdnList("AS64500 Shield\n");
        directory = IpDataDirectory.open(data);
        assertThat(directory.current().cdnNetworks().byAsn().get(new Asn(64500))).contains("Shield");

        Files.delete(data.resolve(IpDataDirectory.CDN_FILE));

        assertThat(directory.refresh()).singleElement().asString().contains("none in use");
        assertThat(directory.current().cdnNetworks().byAsn().get(new Asn(64500))).isEmpty();
        assertThat(directory.current().cdnNetworks().byAsn().get(new Asn(13335))).contains("Cloudflare");
    }

    @Test
    void a_watched_directory_picks_up_newer_data_by_itself() throws Exception {
        sample("1.0.0").write();
        directory = IpDataDirectory.open(data);
        directory.watch(Duration.ofMillis(50));

        TestIpData.in(data).version("1.0.1").country("192.0.2.0/24", "DE").writeCountries();

        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (directory.current().lookUp(ip("192.0.2.10")).country().isEmpty()
                || directory.current().lookUp(ip("192.0.2.10")).country().get().value().equals("NL")) {
            assertThat(System.nanoTime()).as("newer data picked up").isLessThan(until);
            Thread.sleep(20);
        }
        assertThat(directory.current().version().countries().version().get()).startsWith("1.0.1");
    }

    private TestIpData sample(String version) {
        return TestIpData.in(data).version(version)
                .country("192.0.2.0/24", "NL").country("2001:db8::/32", "BE")
                .network("192.0.2.0", "192.0.2.255", 64500, "Example Hosting, B.V.")
                .network("2001:db8::", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff", 64502, "Six Net");
    }

    private static AddressFacts facts(String country, long asn, String organisation) {
        return new AddressFacts(CountryCode.parse(country), Option.some(new Asn(asn)), Option.some(organisation));
    }

    private static IpAddress ip(String text) {
        return IpAddress.parse(text).get();
    }
}
