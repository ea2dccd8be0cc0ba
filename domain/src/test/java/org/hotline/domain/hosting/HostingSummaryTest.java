package org.hotline.domain.hosting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.domain.hosting.HostingTracerTest.host;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.hosting.address.SpecialUse;
import org.hotline.domain.hosting.dns.DnsOutcome;
import org.hotline.domain.hosting.dns.RecordType;
import org.hotline.domain.testing.FixedClock;
import org.hotline.domain.testing.InMemoryIpData;
import org.hotline.domain.testing.InMemoryNameResolver;
import org.junit.jupiter.api.Test;

class HostingSummaryTest {

    private static final CountryCode NL = country("NL");
    private static final CountryCode US = country("US");
    private static final CountryCode BE = country("BE");

    private final InMemoryNameResolver dns = new InMemoryNameResolver()
            .address("www.example.org", "192.0.2.10", "2001:db8::10")
            .address("img.example.net", "198.51.100.20")
            .address("also-nl.example.org", "192.0.2.11");
    private final InMemoryIpData data = new InMemoryIpData()
            .with("192.0.2.10", "NL", 64500, "Example Hosting B.V.")
            .with("2001:db8::10", "NL", 64500, "Example Hosting B.V.")
            .with("192.0.2.11", "NL", 64501, "Other Hosting B.V.")
            .with("198.51.100.20", "US", 64510, "Example CDN Inc.");
    private final HostingTracer tracer = new HostingTracer(dns, data, FixedClock.at("2026-03-02T10:00:00Z"));

    @Test
    void the_candidates_are_the_countries_of_all_addresses_the_page_first_each_with_its_hosts_and_addresses() {
        HostingSummary summary = tracer.tracePage(host("www.example.org"),
                List.of(host("img.example.net"), host("also-nl.example.org"))).summary();

        assertThat(summary.candidates().map(CountryCandidate::country)).containsExactly(NL, US);
        CountryCandidate nl = summary.candidates().head();
        assertThat(nl.hosts().map(h -> h.text())).containsExactly("www.example.org", "also-nl.example.org");
        assertThat(nl.addresses().map(Object::toString)).containsExactly("192.0.2.10", "2001:db8::10", "192.0.2.11");
        assertThat(nl.cdnNetworks()).isEmpty();
        assertThat(summary.suggestion()).isEmpty();
    }

    @Test
    void one_country_is_suggested() {
        HostingSummary summary = tracer.tracePage(host("www.example.org"), List.of(host("also-nl.example.org"))).summary();

        assertThat(summary.suggestion()).contains(NL);
    }

    @Test
    void the_analyst_confirms_a_candidate_as_it_is() {
        HostingSummary summary = tracer.lookUp(List.of(host("www.example.org"), host("img.example.net"))).summary();

        assertThat(summary.decide(US, "")).contains(new HostingDecision(US, HostingDecision.Basis.CONFIRMED, Option.none()));
        assertThat(summary.decide(NL, " the page's host ").get().reason()).contains("the page's host");
    }

    @Test
    void another_country_than_the_candidates_needs_a_reason() {
        HostingSummary summary = tracer.lookUp(List.of(host("www.example.org"))).summary();

        var refused = summary.decide(BE, "  ").getLeft();
        assertThat(refused.reason()).isEqualTo(HostingDecisionRefusal.REASON_REQUIRED);
        assertThat(refused.detail()).contains("NL").contains("BE");
        assertThat(summary.decide(BE, null).getLeft().reason()).isEqualTo(HostingDecisionRefusal.REASON_REQUIRED);
        assertThat(summary.decide(BE, "The provider's own page says its servers are in Brussels."))
                .contains(new HostingDecision(BE, HostingDecision.Basis.OVERRIDDEN,
                        Option.some("The provider's own page says its servers are in Brussels.")));
    }

    @Test
    void where_the_trace_found_no_country_the_analyst_enters_one_saying_how_they_know() {
        HostingSummary summary = tracer.lookUp(List.of(host("nowhere.example.org"))).summary();

        assertThat(summary.candidates()).isEmpty();
        assertThat(summary.decide(BE, "").getLeft().detail()).contains("found no country");
        assertThat(summary.decide(BE, "whois of the provider").get().basis()).isEqualTo(HostingDecision.Basis.ENTERED);
    }

    @Test
    void a_reason_has_at_most_1000_characters() {
        HostingSummary summary = tracer.lookUp(List.of(host("www.example.org"))).summary();

        assertThat(summary.decide(BE, "x".repeat(1000)).isRight()).isTrue();
        assertThat(summary.decide(BE, "x".repeat(1001)).getLeft().reason()).isEqualTo(HostingDecisionRefusal.REASON_TOO_LONG);
        assertThat(summary.decide(NL, "x".repeat(1001)).getLeft().reason()).isEqualTo(HostingDecisionRefusal.REASON_TOO_LONG);
    }

    @Test
    void a_decision_away_from_the_trace_always_has_its_reason() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new HostingDecision(BE, HostingDecision.Basis.OVERRIDDEN, Option.none()))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new HostingDecision(BE, HostingDecision.Basis.ENTERED, Option.none()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void names_without_addresses_and_questions_that_failed_are_cautions() {
        dns.failing("dead.example.org", new DnsOutcome.ServerFailure(Option.some("No Reachable Authority")));
        var partial = new InMemoryNameResolver().address("www.example.org", "192.0.2.10");
        var summary = new HostingTracer(names -> {
            var full = partial.resolve(names).head();
            var failedV6 = org.hotline.domain.hosting.dns.DnsAnswer.without(RecordType.AAAA, Option.none(), List.empty(),
                    new DnsOutcome.TimedOut());
            return List.of(new org.hotline.domain.hosting.dns.Resolution(full.name(), full.ipv4(), failedV6, full.nameServers()));
        }, data, FixedClock.at("2026-03-02T10:00:00Z")).lookUp(List.of(host("www.example.org"))).summary();

        assertThat(beyondTestAddresses(summary)).containsExactly(
                new Caution.PartlyResolved(host("www.example.org"), RecordType.AAAA, new DnsOutcome.TimedOut()));
        assertThat(beyondTestAddresses(summary).head().describe()).contains("AAAA").contains("may have addresses not shown");

        var failing = tracer.lookUp(List.of(host("dead.example.org"))).summary();
        assertThat(failing.cautions()).containsExactly(new Caution.NotResolved(host("dead.example.org"),
                new DnsOutcome.ServerFailure(Option.some("No Reachable Authority"))));
        assertThat(failing.cautions().head().describe()).isEqualTo(
                "dead.example.org gave no address: the resolver failed (SERVFAIL): No Reachable Authority.");
    }

    @Test
    void reserved_addresses_and_addresses_without_a_country_are_cautions() {
        dns.address("parked.example.org", "127.0.0.1").address("unknown.example.org", "203.0.113.77");
        data.with("203.0.113.78", "NL", 1, "x");

        var summary = tracer.lookUp(List.of(host("parked.example.org"), host("unknown.example.org"))).summary();

        assertThat(summary.cautions()).containsExactly(
                new Caution.NotPublic(host("parked.example.org"), ip("127.0.0.1"), SpecialUse.LOOPBACK),
                new Caution.NotPublic(host("unknown.example.org"), ip("203.0.113.77"), SpecialUse.DOCUMENTATION));
        dns.address("public.example.org", "8.8.4.4");
        var unknown = tracer.lookUp(List.of(host("public.example.org"))).summary();
        assertThat(unknown.cautions()).containsExactly(new Caution.CountryUnknown(host("public.example.org"), ip("8.8.4.4")));
        assertThat(unknown.cautions().head().describe()).contains("no country for 8.8.4.4");
        assertThat(summary.cautions().head().describe()).contains("loopback");
    }

    @Test
    void without_country_data_the_analyst_is_told_so_once_instead_of_for_every_address() {
        data.withoutCountries();
        dns.address("public.example.org", "8.8.4.4");

        var summary = tracer.lookUp(List.of(host("www.example.org"), host("public.example.org"))).summary();

        assertThat(summary.candidates()).isEmpty();
        assertThat(beyondTestAddresses(summary)).containsExactly(new Caution.NoCountryData());
        assertThat(summary.cautions().head().describe()).contains("not loaded");
    }

    @Test
    void hosts_behind_a_cdn_are_named_per_network_and_the_network_country_is_marked() {
        data.cdnAsn(64510, "Example CDN");
        dns.address("img2.example.net", "198.51.100.20");

        var summary = tracer.tracePage(host("www.example.org"), List.of(host("img.example.net"), host("img2.example.net")))
                .summary();

        assertThat(beyondTestAddresses(summary)).containsExactly(
                new Caution.BehindCdn("Example CDN", List.of(host("img.example.net"), host("img2.example.net"))));
        assertThat(beyondTestAddresses(summary).head().describe())
                .isEqualTo("img.example.net, img2.example.net are served through Example CDN, which hides the real host: "
                        + "the country shown is the network's, and Example CDN's abuse process is the way to the host.");
        assertThat(summary.candidates().map(CountryCandidate::cdnNetworks))
                .containsExactly(List.empty(), List.of("Example CDN"));
        assertThat(new Caution.BehindCdn("X", List.of(host("a.example"))).describe()).startsWith("a.example is served");
    }

    @Test
    void every_caution_has_its_own_code() {
        var cautions = List.<Caution>of(new Caution.NoCountryData(),
                new Caution.NotResolved(host("a.example"), new DnsOutcome.TimedOut()),
                new Caution.PartlyResolved(host("a.example"), RecordType.A, new DnsOutcome.TimedOut()),
                new Caution.NotPublic(host("a.example"), ip("10.0.0.1"), SpecialUse.PRIVATE),
                new Caution.CountryUnknown(host("a.example"), ip("8.8.8.8")),
                new Caution.BehindCdn("X", List.of(host("a.example"))));

        assertThat(cautions.map(Caution::code).distinct()).hasSize(cautions.size());
        assertThat(cautions.map(Caution::code)).allMatch(code -> code.startsWith("hosting."));
    }

    @Test
    void the_addresses_of_these_tests_are_documentation_addresses_and_said_to_be_so() {
        var summary = tracer.lookUp(List.of(host("www.example.org"))).summary();

        assertThat(summary.cautions()).containsExactly(
                new Caution.NotPublic(host("www.example.org"), ip("192.0.2.10"), SpecialUse.DOCUMENTATION),
                new Caution.NotPublic(host("www.example.org"), ip("2001:db8::10"), SpecialUse.DOCUMENTATION));
    }

    /** The cautions besides those about the documentation addresses these tests use. */
    private static io.vavr.collection.Seq<Caution> beyondTestAddresses(HostingSummary summary) {
        return summary.cautions().filter(caution -> !(caution instanceof Caution.NotPublic notPublic
                && notPublic.use() == SpecialUse.DOCUMENTATION));
    }

    private static CountryCode country(String code) {
        return CountryCode.parse(code).get();
    }

    private static org.hotline.domain.hosting.address.IpAddress ip(String text) {
        return org.hotline.domain.hosting.address.IpAddress.parse(text).get();
    }
}
