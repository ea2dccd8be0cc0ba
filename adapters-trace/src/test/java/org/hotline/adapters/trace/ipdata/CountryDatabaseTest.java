package org.hotline.adapters.trace.ipdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.hotline.adapters.trace.testing.MmdbWriter;
import org.hotline.adapters.trace.testing.TestIpData;
import org.hotline.domain.CountryCode;
import org.hotline.domain.hosting.address.IpAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountryDatabaseTest {

    @TempDir
    Path data;

    @Test
    void addresses_are_looked_up_to_their_country_ipv4_and_ipv6() throws Exception {
        Path directory = TestIpData.in(data).version("2.3.1").country("192.0.2.0/24", "NL").country("2001:db8::/32", "BE")
                .writeCountries();

        Loaded<CountryDatabase> loaded = CountryDatabase.load(directory);

        assertThat(loaded.data().country(ip("192.0.2.77"))).contains(CountryCode.parse("NL").get());
        assertThat(loaded.data().country(ip("2001:db8::77"))).contains(CountryCode.parse("BE").get());
        assertThat(loaded.data().country(ip("198.51.100.1"))).isEmpty();
        assertThat(loaded.version().name()).isEqualTo("@ip-location-db/geo-whois-asn-country-mmdb");
        assertThat(loaded.version().version().get()).matches("2\\.3\\.1 \\(built 2026-01-01, sha256 [0-9a-f]{12}\\)");
        assertThat(loaded.summary()).startsWith("1 IPv4 and 1 IPv6 ranges from ");
    }

    @Test
    void nested_networks_and_networks_of_every_size_are_found() throws Exception {
        write(MmdbWriter.countries().country("192.0.2.0/24", "NL").country("192.0.2.128/25", "BE")
                .country("198.51.100.7/32", "DE").country("2001:db8::/32", "FR").country("2001:db8:1::/48", "LU")
                .country("2001:db8:2::1/128", "IT").country("4000::/2", "ZZ").write());

        CountryDatabase database = CountryDatabase.load(data).data();

        assertThat(database.country(ip("192.0.2.127")).map(CountryCode::value)).contains("NL");
        assertThat(database.country(ip("192.0.2.128")).map(CountryCode::value)).contains("BE");
        assertThat(database.country(ip("198.51.100.7")).map(CountryCode::value)).contains("DE");
        assertThat(database.country(ip("198.51.100.8"))).isEmpty();
        assertThat(database.country(ip("2001:db8:1:ffff::1")).map(CountryCode::value)).contains("LU");
        assertThat(database.country(ip("2001:db8:2::1")).map(CountryCode::value)).contains("IT");
        assertThat(database.country(ip("2001:db8:2::2")).map(CountryCode::value)).contains("FR");
        assertThat(database.country(ip("7fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")).map(CountryCode::value)).contains("ZZ");
        assertThat(database.country(ip("8000::"))).isEmpty();
    }

    @Test
    void a_country_database_in_maxminds_own_layout_is_read_too() throws Exception {
        write(MmdbWriter.countries().insert("192.0.2.0/24", Map.of("country", Map.of("iso_code", "LU"))).write());

        assertThat(CountryDatabase.load(data).data().country(ip("192.0.2.1"))).contains(CountryCode.parse("LU").get());
    }

    @Test
    void without_a_manifest_the_version_is_the_build_day_and_digest() throws Exception {
        write(MmdbWriter.countries().country("192.0.2.0/24", "NL").write());

        var version = CountryDatabase.load(data).version();

        assertThat(version.name()).isEqualTo(CountryDatabase.PACKAGE);
        assertThat(version.version().get()).matches("\\(built 2026-01-01, sha256 [0-9a-f]{12}\\)");
    }

    @Test
    void the_version_changes_with_the_content() throws Exception {
        write(MmdbWriter.countries().country("192.0.2.0/24", "NL").write());
        var first = CountryDatabase.load(data).version();
        write(MmdbWriter.countries().country("192.0.2.0/24", "BE").write());

        assertThat(CountryDatabase.load(data).version()).isNotEqualTo(first);
    }

    @Test
    void a_missing_file_is_missing() {
        assertThatThrownBy(() -> CountryDatabase.load(data)).isInstanceOfSatisfying(UnusableData.class, e -> {
            assertThat(e.isMissing()).isTrue();
            assertThat(e.getMessage()).contains("geo-whois-asn-country.mmdb is missing");
        });
    }

    @Test
    void a_file_that_is_not_a_maxmind_database_is_refused_with_the_reason() throws Exception {
        write("this is not a database".getBytes());

        assertThatThrownBy(() -> CountryDatabase.load(data)).isInstanceOfSatisfying(UnusableData.class, e -> {
            assertThat(e.isMissing()).isFalse();
            assertThat(e.getMessage()).contains("is not a MaxMind DB file");
        });
    }

    @Test
    void a_database_of_something_else_than_countries_is_refused() throws Exception {
        write(new MmdbWriter("GeoLite2-ASN", 0).insert("192.0.2.0/24", Map.of("autonomous_system_organization", "x")).write());

        assertThatThrownBy(() -> CountryDatabase.load(data)).isInstanceOf(UnusableData.class)
                .hasMessageContaining("is not a country database (its type is 'GeoLite2-ASN')");
    }

    @Test
    void a_database_whose_search_tree_is_damaged_is_refused() throws Exception {
        byte[] file = MmdbWriter.countries().country("1.1.1.0/24", "AU").country("8.8.8.0/24", "US")
                .country("2001:4860::/32", "US").write();
        byte[] damaged = file.clone();
        Arrays.fill(damaged, 0, damaged.length / 3, (byte) 0xff);
        write(damaged);

        assertThatThrownBy(() -> CountryDatabase.load(data)).isInstanceOfSatisfying(UnusableData.class, e -> {
            assertThat(e.isMissing()).isFalse();
            assertThat(e.getMessage()).contains(CountryDatabase.FILE);
        });
    }

    @Test
    void a_truncated_database_is_refused() throws Exception {
        byte[] file = MmdbWriter.countries().country("192.0.2.0/24", "NL").write();
        write(Arrays.copyOf(file, file.length / 2));

        assertThatThrownBy(() -> CountryDatabase.load(data)).isInstanceOf(UnusableData.class)
                .hasMessageContaining("is not a MaxMind DB file");
    }

    private void write(byte[] content) throws Exception {
        Files.write(data.resolve(CountryDatabase.FILE), content);
    }

    private static IpAddress ip(String text) {
        return IpAddress.parse(text).get();
    }
}
