package org.hotline.adapters.trace.ipdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import io.vavr.control.Option;
import org.hotline.domain.hosting.Asn;
import org.hotline.domain.hosting.address.DomainName;
import org.junit.jupiter.api.Test;

class CdnListTest {

    @Test
    void entries_are_as_numbers_or_domains_with_the_network_name_and_comments_are_ignored() {
        var parsed = CdnList.parse("""
                # a comment
                AS64500   Example CDN   # trailing comment

                as64501 Example CDN, Europe
                cdn.example.net   Example CDN
                """, "test");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.networks().byAsn().get(new Asn(64500))).contains("Example CDN");
        assertThat(parsed.networks().byAsn().get(new Asn(64501))).contains("Example CDN, Europe");
        assertThat(parsed.networks().byDomain().get(DomainName.parse("cdn.example.net").get())).contains("Example CDN");
    }

    @Test
    void lines_that_cannot_be_read_are_reported_by_number_and_passed_over() {
        var parsed = CdnList.parse("AS64500 Good\nAS64501\nnot/a/domain Bad\norg Top level\nAS99999999999 Too big\n", "local.txt");

        assertThat(parsed.networks().size()).isEqualTo(1);
        assertThat(parsed.problems()).containsExactly(
                "local.txt line 2: 'AS64501' names no network after the AS number or domain",
                "local.txt line 3: 'not/a/domain' is neither an AS number (AS13335) nor a domain (cloudfront.net)",
                "local.txt line 4: 'org' is neither an AS number (AS13335) nor a domain (cloudfront.net)",
                "local.txt line 5: 'AS99999999999' is neither an AS number (AS13335) nor a domain (cloudfront.net)");
    }

    @Test
    void the_built_in_list_reads_without_a_problem_and_knows_the_big_networks() throws Exception {
        byte[] builtIn;
        try (var in = IpDataDirectory.class.getResourceAsStream(IpDataDirectory.CDN_RESOURCE)) {
            builtIn = in.readAllBytes();
        }

        var parsed = CdnList.parse(new String(builtIn, StandardCharsets.UTF_8), "built-in");

        assertThat(parsed.problems()).isEmpty();
        var networks = parsed.networks();
        assertThat(networks.byAsn().get(new Asn(13335))).contains("Cloudflare");
        assertThat(networks.byAsn().get(new Asn(20940))).contains("Akamai");
        assertThat(networks.byAsn().get(new Asn(54113))).contains("Fastly");
        assertThat(networks.byAsn().get(new Asn(15169))).contains("Google");
        assertThat(networks.byAsn().get(new Asn(16509))).as("all of Amazon's cloud is not a CDN").isEqualTo(Option.none());
        assertThat(networks.byDomain().get(DomainName.parse("cloudfront.net").get())).contains("Amazon CloudFront");
    }
}
