package org.hotline.adapters.trace.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

import io.vavr.control.Option;
import org.hotline.adapters.trace.testing.LoopbackDnsServer;
import org.hotline.domain.hosting.address.DomainName;
import org.hotline.domain.hosting.address.IpAddress;
import org.hotline.domain.hosting.dns.CnameRecord;
import org.hotline.domain.hosting.dns.DnsOutcome;
import org.hotline.domain.hosting.dns.NameServerRecord;
import org.hotline.domain.hosting.dns.Resolution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.ExtendedErrorCodeOption;

class DnsjavaResolverTest {

    private static final Duration HOST_TIMEOUT = Duration.ofMillis(1500);

    private final LoopbackDnsServer dns = LoopbackDnsServer.start()
            .zone("example.org", "ns1.example.org", "ns2.example.net")
            .a("www.example.org", "192.0.2.10", "192.0.2.11")
            .aaaa("www.example.org", "2001:db8::10")
            .cname("img.example.org", "edge.example.org")
            .cname("edge.example.org", "www.example.org", 60);
    private final LoopbackDnsServer second = LoopbackDnsServer.start();
    private DnsjavaResolver resolver = resolverFor(dns.address());

    @AfterEach
    void stop() {
        resolver.close();
        dns.close();
        second.close();
    }

    @Test
    void a_name_resolves_to_its_addresses_with_their_ttls_and_its_zone_name_servers() {
        Resolution resolution = resolve("www.example.org");

        assertThat(resolution.outcome()).isEqualTo(new DnsOutcome.Complete());
        assertThat(resolution.ipv4().records()).extracting(Object::toString).containsExactly(
                "www.example.org A 192.0.2.10 (TTL 300 s)", "www.example.org A 192.0.2.11 (TTL 300 s)");
        assertThat(resolution.ipv6().records()).extracting(Object::toString)
                .containsExactly("www.example.org AAAA 2001:db8::10 (TTL 300 s)");
        assertThat(resolution.ipv4().resolver()).contains(DnsSettings.name(dns.address()));
        assertThat(resolution.nameServers().zone()).contains(name("example.org"));
        assertThat(resolution.nameServers().servers()).containsExactly(
                new NameServerRecord(name("ns1.example.org"), 300), new NameServerRecord(name("ns2.example.net"), 300));
    }

    @Test
    void a_cname_chain_is_recorded_link_by_link_with_its_ttls() {
        Resolution resolution = resolve("img.example.org");

        assertThat(resolution.ipv4().cnames()).containsExactly(
                new CnameRecord(name("img.example.org"), name("edge.example.org"), 300),
                new CnameRecord(name("edge.example.org"), name("www.example.org"), 60));
        assertThat(resolution.addresses().map(IpAddress::toString)).containsExactly("192.0.2.10", "192.0.2.11", "2001:db8::10");
        assertThat(resolution.ipv4().records().head().name()).isEqualTo(name("www.example.org"));
    }

    @Test
    void a_chain_handed_out_one_link_at_a_time_is_followed_by_asking_again() {
        dns.oneLinkAtATime();

        Resolution resolution = resolve("img.example.org");

        assertThat(resolution.ipv4().cnames()).hasSize(2);
        assertThat(resolution.addresses()).hasSize(3);
        assertThat(dns.questions()).contains(new LoopbackDnsServer.Question("edge.example.org", "A"),
                new LoopbackDnsServer.Question("www.example.org", "A"));
    }

    @Test
    void a_name_that_does_not_exist_is_nxdomain_and_so_is_the_dangling_end_of_a_chain() {
        dns.cname("dangling.example.org", "gone.example.org");

        Resolution missing = resolve("missing.example.org");
        Resolution dangling = resolve("dangling.example.org");

        assertThat(missing.outcome()).isEqualTo(new DnsOutcome.NameNotFound(name("missing.example.org")));
        assertThat(dangling.outcome()).isEqualTo(new DnsOutcome.NameNotFound(name("gone.example.org")));
        assertThat(dangling.ipv4().cnames()).hasSize(1);
        assertThat(missing.nameServers().zone()).as("the zone above a missing name").contains(name("example.org"));
    }

    @Test
    void a_name_without_records_of_one_kind_has_no_records_of_that_kind() {
        dns.a("v4only.example.org", "192.0.2.20");

        Resolution resolution = resolve("v4only.example.org");

        assertThat(resolution.ipv6().outcome()).isEqualTo(new DnsOutcome.NoRecords());
        assertThat(resolution.ipv6().resolver().isDefined()).isTrue();
        assertThat(resolution.failedAnswers()).isEmpty();
        assertThat(resolution.outcome()).isEqualTo(new DnsOutcome.Complete());
    }

    @Test
    void a_server_failure_is_recorded_with_the_extended_error_the_resolver_gave() {
        dns.servfail("broken.example.org", null).servfail("bogus.example.org", ExtendedErrorCodeOption.DNSSEC_BOGUS);

        assertThat(resolve("broken.example.org").outcome()).isEqualTo(new DnsOutcome.ServerFailure(Option.none()));
        assertThat(resolve("bogus.example.org").outcome())
                .isEqualTo(new DnsOutcome.ServerFailure(Option.some("DNSSEC_BOGUS (test says 6)")));
    }

    @Test
    void a_resolver_that_reaches_no_authority_for_the_name_reports_a_lame_delegation() {
        dns.servfail("lame.example.org", ExtendedErrorCodeOption.NO_REACHABLE_AUTHORITY);

        DnsOutcome outcome = resolve("lame.example.org").outcome();

        assertThat(outcome).isInstanceOf(DnsOutcome.LameDelegation.class);
        assertThat(outcome.describe()).contains("found no server that answers").contains("NO_REACHABLE_AUTHORITY (test says 22)");
    }

    @Test
    void a_referral_instead_of_an_answer_is_a_lame_delegation_naming_the_servers() {
        dns.referral("referred.example.org", "ns1.lame.example", "ns2.lame.example");

        Resolution resolution = resolve("referred.example.org");

        assertThat(resolution.outcome()).isInstanceOf(DnsOutcome.LameDelegation.class);
        assertThat(resolution.outcome().describe()).contains("referral to ns1.lame.example, ns2.lame.example");
    }

    @Test
    void a_cname_loop_is_recorded_as_the_outcome_with_the_names_round_the_loop() {
        dns.cname("loop-a.example.org", "loop-b.example.org").cname("loop-b.example.org", "loop-a.example.org");

        Resolution resolution = resolve("loop-a.example.org");

        assertThat(resolution.outcome())
                .isEqualTo(new DnsOutcome.CnameLoop(io.vavr.collection.List.of(name("loop-a.example.org"), name("loop-b.example.org"))));
        assertThat(resolution.ipv4().cnames()).hasSize(2);
    }

    @Test
    void a_loop_handed_out_one_link_at_a_time_is_found_too_and_asking_stops() {
        dns.oneLinkAtATime().cname("x.example.org", "y.example.org").cname("y.example.org", "z.example.org")
                .cname("z.example.org", "y.example.org");

        Resolution resolution = resolve("x.example.org");

        assertThat(resolution.outcome())
                .isEqualTo(new DnsOutcome.CnameLoop(io.vavr.collection.List.of(name("y.example.org"), name("z.example.org"))));
        assertThat(dns.questions().stream().filter(q -> q.type().equals("A"))).hasSize(3);
    }

    @Test
    void a_chain_longer_than_a_trace_follows_ends_there() {
        for (int i = 0; i < 30; i++) {
            dns.cname("c" + i + ".example.org", "c" + (i + 1) + ".example.org");
        }

        Resolution resolution = resolve("c0.example.org");

        assertThat(resolution.outcome()).isEqualTo(new DnsOutcome.CnameChainTooLong(HostLookup.MAX_CHAIN));
        assertThat(resolution.ipv4().cnames()).hasSize(HostLookup.MAX_CHAIN + 1);
    }

    @Test
    void a_chain_handed_out_in_too_many_pieces_ends_too() {
        dns.oneLinkAtATime();
        for (int i = 0; i < 30; i++) {
            dns.cname("p" + i + ".example.org", "p" + (i + 1) + ".example.org");
        }

        assertThat(resolve("p0.example.org").outcome()).isInstanceOf(DnsOutcome.CnameChainTooLong.class);
    }

    @Test
    void a_cname_to_something_that_is_not_a_host_name_is_a_failure_not_a_crash() {
        dns.cname("odd.example.org", "bad\\032name.example.org");

        DnsOutcome outcome = resolve("odd.example.org").outcome();

        assertThat(outcome).isInstanceOf(DnsOutcome.Failed.class);
        assertThat(outcome.describe()).contains("not a host name");
    }

    @Test
    void a_refusing_resolver_is_recorded_as_such() {
        dns.refused("private.example.org");

        assertThat(resolve("private.example.org").outcome()).isEqualTo(new DnsOutcome.Refused());
    }

    @Test
    void a_silent_resolver_times_out_within_the_host_timeout_and_the_trace_goes_on() {
        dns.silentForAll();
        long start = System.nanoTime();

        Resolution resolution = resolve("www.example.org");

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(resolution.outcome()).isEqualTo(new DnsOutcome.TimedOut());
        assertThat(resolution.nameServers().outcome()).isEqualTo(new DnsOutcome.TimedOut());
        assertThat(took).as("bounded by the host timeout, with room for a loaded machine")
                .isLessThan(HOST_TIMEOUT.plusSeconds(3));
    }

    @Test
    void a_silent_resolver_is_passed_over_for_the_next_and_asked_last_for_the_rest_of_the_host() {
        dns.silentForAll();
        second.zone("example.org", "ns1.example.org").a("www.example.org", "192.0.2.10");
        resolver.close();
        resolver = new DnsjavaResolver(new DnsSettings(List.of(dns.address(), second.address()), Duration.ofMillis(300),
                Duration.ofSeconds(5), 2));

        Resolution resolution = resolve("www.example.org");

        assertThat(resolution.addresses().map(IpAddress::toString)).containsExactly("192.0.2.10");
        assertThat(resolution.ipv4().resolver()).contains(DnsSettings.name(second.address()));
        assertThat(dns.questions()).as("asked once, then last").hasSize(1);
    }

    @Test
    void a_resolver_nobody_listens_at_is_a_failure_naming_it() throws Exception {
        InetSocketAddress closed;
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            closed = new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort());
        }
        resolver.close();
        resolver = resolverFor(closed);

        DnsOutcome outcome = resolve("www.example.org").outcome();

        assertThat(outcome).isEqualTo(new DnsOutcome.Failed("no resolver listens at " + DnsSettings.name(closed)));
    }

    @Test
    void many_names_are_resolved_together_and_answered_in_the_order_asked() {
        var names = io.vavr.collection.List.range(0, 20).map(i -> "h" + i + ".example.org");
        names.forEach(host -> dns.a(host, "192.0.2." + (100 + host.length())));
        dns.silent("h7.example.org");

        var resolutions = resolver.resolve(names.map(DnsjavaResolverTest::name));

        assertThat(resolutions.map(r -> r.name().value())).containsExactlyElementsOf(names);
        assertThat(resolutions.get(7).outcome()).isEqualTo(new DnsOutcome.TimedOut());
        assertThat(resolutions.removeAt(7).map(Resolution::outcome)).containsOnly(new DnsOutcome.Complete());
    }

    @Test
    void names_in_answers_are_read_in_lower_case() {
        dns.cname("mixed.example.org", "Edge.EXAMPLE.org");

        Resolution resolution = resolve("mixed.example.org");

        assertThat(resolution.ipv4().cnames().head().target()).isEqualTo(name("edge.example.org"));
        assertThat(resolution.addresses()).hasSize(3);
    }

    private Resolution resolve(String host) {
        return resolver.resolve(io.vavr.collection.List.of(name(host))).head();
    }

    private static DnsjavaResolver resolverFor(InetSocketAddress server) {
        return new DnsjavaResolver(new DnsSettings(List.of(server), Duration.ofMillis(500), HOST_TIMEOUT, 4));
    }

    private static DomainName name(String text) {
        return DomainName.parse(text).get();
    }
}
