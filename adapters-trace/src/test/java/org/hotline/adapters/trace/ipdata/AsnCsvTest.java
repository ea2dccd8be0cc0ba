package org.hotline.adapters.trace.ipdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.hotline.adapters.trace.testing.TestIpData;
import org.hotline.domain.hosting.address.IpAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsnCsvTest {

    @TempDir
    Path data;

    @Test
    void both_files_are_read_with_their_organisations_as_written() throws Exception {
        Path directory = TestIpData.in(data).version("2.3.9")
                .network("192.0.2.0", "192.0.2.255", 64500, "Example Hosting, B.V.")
                .network("198.51.100.0", "198.51.100.255", 64501, "The \"Quoted\" Network")
                .network("2001:db8::", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff", 64502, "Six Net")
                .writeNetworks();

        Loaded<AsnRanges> loaded = AsnCsv.load(directory);

        AsnRanges ranges = loaded.data();
        assertThat(ranges.organisation(ranges.find(ip("192.0.2.9")))).isEqualTo("Example Hosting, B.V.");
        assertThat(ranges.organisation(ranges.find(ip("198.51.100.9")))).isEqualTo("The \"Quoted\" Network");
        assertThat(ranges.asn(ranges.find(ip("2001:db8::9")))).isEqualTo(64502);
        assertThat(loaded.version().name()).isEqualTo("@ip-location-db/asn");
        assertThat(loaded.version().version().get()).matches("2\\.3\\.9 \\(sha256 [0-9a-f]{12}\\)");
        assertThat(loaded.summary()).isEqualTo("2 IPv4 and 1 IPv6 ranges");
    }

    @Test
    void unreadable_lines_are_passed_over_and_counted() throws Exception {
        Path directory = TestIpData.in(data).network("192.0.2.0", "192.0.2.255", 64500, "Good").writeNetworks();
        Files.writeString(directory.resolve("asn-ipv4.csv"), "192.0.2.0,192.0.2.255,64500,Good\n"
                + "192.0.3.0,192.0.3.255,64501,Good\n192.0.4.0,192.0.4.255,64502,Good\n"
                + "not,a,range,at all\n198.51.100.0,198.51.100.255,64501,\"Unclosed\n198.51.100.0,198.51.100.9\n\n");

        Loaded<AsnRanges> loaded = AsnCsv.load(directory);

        assertThat(loaded.data().ipv4Count()).isEqualTo(3);
        assertThat(loaded.summary()).isEqualTo("3 IPv4 and 0 IPv6 ranges, 3 unreadable lines passed over");
    }

    @Test
    void neighbouring_ranges_of_one_network_become_one() throws Exception {
        Path directory = TestIpData.in(data)
                .network("192.0.2.0", "192.0.2.127", 64500, "One").network("192.0.2.128", "192.0.2.255", 64500, "One")
                .network("192.0.3.0", "192.0.3.255", 64500, "Other name")
                .network("2001:db8::", "2001:db8::ffff", 64502, "Six").network("2001:db8::1:0", "2001:db8::1:ffff", 64502, "Six")
                .writeNetworks();

        Loaded<AsnRanges> loaded = AsnCsv.load(directory);

        assertThat(loaded.summary()).isEqualTo("2 IPv4 and 1 IPv6 ranges");
        assertThat(loaded.data().organisation(loaded.data().find(ip("192.0.2.200")))).isEqualTo("One");
        assertThat(loaded.data().organisation(loaded.data().find(ip("192.0.3.1")))).isEqualTo("Other name");
        assertThat(loaded.data().asn(loaded.data().find(ip("2001:db8::1:1")))).isEqualTo(64502);
    }

    @Test
    void files_of_mostly_unreadable_lines_are_not_this_data() throws Exception {
        Path directory = TestIpData.in(data).writeNetworks();
        Files.writeString(directory.resolve("asn-ipv4.csv"), "<html>\n<body>Not found</body>\n</html>\n");

        assertThatThrownBy(() -> AsnCsv.load(directory)).isInstanceOfSatisfying(UnusableData.class, e -> {
            assertThat(e.isMissing()).isFalse();
            assertThat(e.getMessage()).contains("holds no readable ranges (3 lines could not be read)");
        });
    }

    @Test
    void a_missing_file_is_missing() throws Exception {
        Path directory = TestIpData.in(data).network("192.0.2.0", "192.0.2.255", 64500, "x").writeNetworks();
        Files.delete(directory.resolve("asn-ipv6.csv"));

        assertThatThrownBy(() -> AsnCsv.load(directory)).isInstanceOfSatisfying(UnusableData.class, e -> {
            assertThat(e.isMissing()).isTrue();
            assertThat(e.getMessage()).endsWith("asn-ipv6.csv is missing");
        });
    }

    @Test
    void without_a_manifest_the_version_is_the_digest() throws Exception {
        Path directory = TestIpData.in(data).network("192.0.2.0", "192.0.2.255", 64500, "x").writeNetworks();
        Files.delete(directory.resolve("package.json"));

        assertThat(AsnCsv.load(directory).version().version().get()).matches("\\(sha256 [0-9a-f]{12}\\)");
    }

    @Test
    void fields_are_unquoted_as_csv_quotes_them() {
        assertThat(AsnCsv.unquoted("Plain")).contains("Plain");
        assertThat(AsnCsv.unquoted("\"With, comma\"")).contains("With, comma");
        assertThat(AsnCsv.unquoted("\"Say \"\"hi\"\"\"")).contains("Say \"hi\"");
        assertThat(AsnCsv.unquoted("\"\"")).contains("");
    }

    @Test
    void broken_quoting_is_no_field() {
        assertThat(AsnCsv.unquoted("\"Unclosed")).isEmpty();
        assertThat(AsnCsv.unquoted("Stray \" quote")).isEmpty();
        assertThat(AsnCsv.unquoted("\"Inner \" quote\"")).isEmpty();
        assertThat(AsnCsv.unquoted("\"")).isEmpty();
    }

    @Test
    void dotted_ipv4_addresses_are_read_in_place_as_strictly_as_anywhere() {
        for (String address : new String[] {"0.0.0.0", "1.2.3.4", "192.0.2.255", "255.255.255.255", "10.200.30.4"}) {
            String line = "x," + address + ",y";
            assertThat(AsnCsv.dottedQuad(line, 2, 2 + address.length())).as(address).isEqualTo(ip(address).low());
        }
        for (String text : new String[] {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1..3.4", "1.2.3.", "1.2.3.4x",
                "2001:db8::1", "1.2.3.1234"}) {
            assertThat(AsnCsv.dottedQuad(text, 0, text.length())).as(text).isEqualTo(-1);
        }
    }

    private static IpAddress ip(String text) {
        return IpAddress.parse(text).get();
    }
}
