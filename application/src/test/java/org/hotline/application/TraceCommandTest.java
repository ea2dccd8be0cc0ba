package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hotline.adapters.trace.testing.LoopbackDnsServer;
import org.hotline.adapters.trace.testing.RealIpData;
import org.hotline.adapters.trace.testing.TestIpData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TraceCommandTest {

    @TempDir
    Path data;

    private final LoopbackDnsServer dns = LoopbackDnsServer.start()
            .zone("example.org", "ns1.example.org", "ns2.example.net")
            .cname("www.example.org", "edge.example.org")
            .a("edge.example.org", "192.0.2.10")
            .aaaa("edge.example.org", "2001:db8::10");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void stop() {
        dns.close();
    }

    @Test
    void a_host_name_is_traced_through_dns_to_each_address_with_country_network_organisation_and_data_version() {
        sampleData();

        int status = trace("www.example.org");

        assertThat(status).as(err()).isZero();
        assertThat(out()).contains("www.example.org\n")
                .contains("A     CNAME www.example.org -> edge.example.org (TTL 300 s)")
                .contains("A     192.0.2.10 (TTL 300 s)  [127.0.0.1:" + dns.address().getPort() + "]")
                .contains("AAAA  2001:db8::10 (TTL 300 s)")
                .contains("NS    example.org: ns1.example.org (TTL 300 s), ns2.example.net (TTL 300 s)")
                .containsPattern("192\\.0\\.2\\.10 +country NL +AS64500 +Example Hosting, B\\.V\\.")
                .containsPattern("2001:db8::10 +country BE +AS64501 +Six Net")
                .contains("Hosting countries: NL (www.example.org); BE (www.example.org)")
                .contains("Data: @ip-location-db/geo-whois-asn-country-mmdb 7.7.7 (built 2026-01-01, sha256 ")
                .contains("@ip-location-db/asn 7.7.7 (sha256 ")
                .contains("RouteViews (routeviews.org), DB-IP (db-ip.com)");
        assertThat(err()).isEmpty();
    }

    @Test
    void addresses_written_in_numbers_skip_dns() {
        sampleData();

        int status = trace("192.0.2.10", "[2001:db8::10]");

        assertThat(status).isZero();
        assertThat(out()).contains("192.0.2.10\n  (an IP address: no DNS)").contains("[2001:db8::10]\n  (an IP address: no DNS)")
                .containsPattern("2001:db8::10 +country BE");
        assertThat(dns.questions()).isEmpty();
    }

    @Test
    void a_cdn_address_is_flagged_with_its_network_and_the_caution_names_it() {
        sampleData();
        TestIpData.in(data.resolve("ip")).cdnList("AS64500 Example Shield\n");

        trace("www.example.org");

        assertThat(out()).contains("CDN: Example Shield (routed by AS64500)")
                .contains("! www.example.org is served through Example Shield, which hides the real host");
    }

    @Test
    void without_the_ip_data_the_command_says_so_and_countries_are_unknown() {
        int status = trace("www.example.org");

        assertThat(status).isZero();
        assertThat(err()).contains("IP data: countries: not loaded: ").contains("scripts/fetch-ip-data.sh")
                .contains("IP data: networks: not loaded: ");
        assertThat(out()).containsPattern("192\\.0\\.2\\.10 +country unknown +AS unknown +organisation unknown")
                .contains("Hosting countries: none found")
                .contains("! The country data is not loaded")
                .contains("@ip-location-db/geo-whois-asn-country-mmdb (not loaded)");
    }

    @Test
    void a_host_that_gives_no_address_is_traced_with_the_reason_and_the_status_is_1() {
        sampleData();
        dns.servfail("lame.example.org", org.xbill.DNS.ExtendedErrorCodeOption.NO_REACHABLE_AUTHORITY);

        int status = trace("missing.example.org", "lame.example.org", "192.0.2.10");

        assertThat(status).isEqualTo(1);
        assertThat(out()).contains("no such name: missing.example.org (NXDOMAIN)")
                .contains("! missing.example.org gave no address")
                .contains("lame delegation: ")
                .contains("Hosting countries: NL (192.0.2.10)");
    }

    @Test
    void something_that_is_not_a_host_is_refused_before_anything_is_traced() {
        int status = trace("www.example.org", "not a host");

        assertThat(status).isEqualTo(2);
        assertThat(err()).contains("'not a host' is not a host name, an IP address or a web address");
        assertThat(dns.questions()).isEmpty();
        assertThat(out()).isEmpty();
    }

    @Test
    void a_trace_without_an_address_shows_the_usage() {
        assertThat(trace()).isEqualTo(2);
        assertThat(err()).contains("Missing required parameter: 'ADDRESS'").contains("trace [-h] ADDRESS...");
    }

    @ParameterizedTest(name = "{0} names the host {1}")
    @CsvSource(textBlock = """
            www.example.org,                              www.example.org
            www.example.org:8080,                         www.example.org
            https://www.example.org/a/b?c#d,              www.example.org
            http://user:pw@www.example.org:8443/x,        www.example.org
            https://[2001:db8::1]:8443/x,                 [2001:db8::1]
            [2001:db8::1]:443,                            [2001:db8::1]
            2001:db8::1,                                  2001:db8::1
            http://192.0.2.7,                             192.0.2.7
            """)
    void a_web_address_is_traced_by_its_host(String argument, String host) {
        assertThat(TraceCommand.hostOf(argument)).isEqualTo(host);
    }

    @Test
    void real_public_addresses_are_traced_with_the_real_data_when_it_was_fetched() {
        var real = RealIpData.directory();
        assumeTrue(real.isPresent(), "the real IP data is not fetched here (scripts/fetch-ip-data.sh)");
        Configuration configuration = configuration(Map.of("HOTLINE_DATA_DIR", real.get().getParent().toString()));

        int status = Commands.run(List.of("trace", "1.1.1.1", "8.8.8.8", "2001:4860:4860::8888"), configuration,
                print(out), print(err));

        assertThat(status).as(err()).isZero();
        assertThat(out()).containsPattern("1\\.1\\.1\\.1 +country [A-Z]{2} +AS13335 +Cloudflare")
                .contains("CDN: Cloudflare (routed by AS13335)")
                .containsPattern("8\\.8\\.8\\.8 +country US +AS15169 +Google")
                .containsPattern("2001:4860:4860::8888 +country [A-Z]{2} +AS15169")
                .contains("Data: @ip-location-db/geo-whois-asn-country-mmdb 2.");
    }

    @Test
    void the_resolvers_and_the_time_out_come_from_the_environment_and_wrong_values_are_named() {
        var defaults = configuration(Map.of()).hostingTrace();
        assertThat(defaults.dnsServers()).isEmpty();
        assertThat(defaults.dns().servers()).isNotEmpty();
        assertThat(defaults.dnsTimeout()).isEqualTo(java.time.Duration.ofSeconds(10));
        assertThat(defaults.ipDataDirectory()).isEqualTo(Path.of("./data/ip"));

        var given = configuration(Map.of("HOTLINE_DNS_SERVERS", "192.0.2.53, [2001:db8::53]:5353",
                "HOTLINE_DNS_TIMEOUT_SECONDS", "6", "HOTLINE_DATA_DIR", "/srv/hotline")).hostingTrace();
        assertThat(given.dns().servers()).hasSize(2);
        assertThat(given.dns().servers().get(1).getPort()).isEqualTo(5353);
        assertThat(given.dns().hostTimeout()).isEqualTo(java.time.Duration.ofSeconds(6));
        assertThat(given.dns().questionTimeout()).isEqualTo(java.time.Duration.ofSeconds(2));
        assertThat(given.ipDataDirectory()).isEqualTo(Path.of("/srv/hotline/ip"));

        var wrong = Configuration.read(Map.of("HOTLINE_DNS_SERVERS", "dns.example.org", "HOTLINE_DNS_TIMEOUT_SECONDS", "0"));
        assertThat(wrong.configuration()).isEmpty();
        assertThat(wrong.problems()).containsExactly(
                "HOTLINE_DNS_SERVERS must list resolvers by IP address, each with an optional port: 'dns.example.org' is "
                        + "not an IP address (resolvers are given by address, not by name).",
                "HOTLINE_DNS_TIMEOUT_SECONDS must be between 1 and 120, not 0.");
    }

    private void sampleData() {
        TestIpData.in(data.resolve("ip")).version("7.7.7")
                .country("192.0.2.0/24", "NL").country("2001:db8::/32", "BE")
                .network("192.0.2.0", "192.0.2.255", 64500, "Example Hosting, B.V.")
                .network("2001:db8::", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff", 64501, "Six Net")
                .write();
    }

    private int trace(String... hosts) {
        var environment = new HashMap<String, String>();
        environment.put("HOTLINE_DATA_DIR", data.toString());
        environment.put("HOTLINE_DNS_SERVERS", "127.0.0.1:" + dns.address().getPort());
        environment.put("HOTLINE_DNS_TIMEOUT_SECONDS", "3");
        List<String> arguments = new ArrayList<>(List.of("trace"));
        arguments.addAll(List.of(hosts));
        return Commands.run(arguments, configuration(environment), print(out), print(err));
    }

    private static Configuration configuration(Map<String, String> environment) {
        return Configuration.read(environment).configuration().orElseThrow();
    }

    private static PrintStream print(ByteArrayOutputStream stream) {
        return new PrintStream(stream, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
