package org.hotline.domain.hosting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.hosting.address.DomainName;
import org.hotline.domain.hosting.address.Host;
import org.hotline.domain.hosting.address.IpAddress;
import org.hotline.domain.hosting.dns.DnsOutcome;
import org.hotline.domain.hosting.dns.NameResolver;
import org.hotline.domain.hosting.dns.Resolution;
import org.hotline.domain.testing.FixedClock;
import org.hotline.domain.testing.InMemoryIpData;
import org.hotline.domain.testing.InMemoryNameResolver;
import org.junit.jupiter.api.Test;

class HostingTracerTest {

    private final FixedClock clock = FixedClock.at("2026-03-02T10:00:00Z");
    private final InMemoryNameResolver dns = new InMemoryNameResolver()
            .address("www.example.org", "192.0.2.10", "2001:db8::10")
            .alias("img.example.net", "edge.cdn.example.com")
            .address("edge.cdn.example.com", "198.51.100.20");
    private final InMemoryIpData data = new InMemoryIpData()
            .with("192.0.2.10", "NL", 64500, "Example Hosting B.V.")
            .with("2001:db8::10", "NL", 64500, "Example Hosting B.V.")
            .with("198.51.100.20", "US", 64510, "Example CDN Inc.");
    private final HostingTracer tracer = new HostingTracer(dns, data, clock);

    @Test
    void a_page_and_its_items_are_traced_to_every_address_with_country_network_and_organisation() {
        HostingTrace trace = tracer.tracePage(host("www.example.org"), List.of(host("img.example.net")));

        assertThat(trace.hosts().map(h -> h.host().text())).containsExactly("www.example.org", "img.example.net");
        HostTrace page = trace.hosts().get(0);
        assertThat(page.role()).isEqualTo(HostTrace.Role.PAGE);
        assertThat(page.addresses().map(a -> a.address().toString())).containsExactly("192.0.2.10", "2001:db8::10");
        TracedAddress first = page.addresses().head();
        assertThat(first.facts()).isEqualTo(new AddressFacts(CountryCode.parse("NL"), Option.some(new Asn(64500)),
                Option.some("Example Hosting B.V.")));
        HostTrace item = trace.hosts().get(1);
        assertThat(item.role()).isEqualTo(HostTrace.Role.ITEMS);
        assertThat(item.dns().get().ipv4().cnames().map(c -> c.target().value())).containsExactly("edge.cdn.example.com");
        assertThat(item.addresses().head().facts().country().map(CountryCode::value)).contains("US");
        assertThat(item.outcome()).isEqualTo(new DnsOutcome.Complete());
    }

    @Test
    void the_trace_records_when_it_ran_and_the_data_version_it_used() {
        NameResolver slow = names -> {
            clock.advance(Duration.ofSeconds(2));
            return dns.resolve(names);
        };
        HostingTrace trace = new HostingTracer(slow, data, clock).lookUp(List.of(host("www.example.org")));

        assertThat(trace.startedAt()).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
        assertThat(trace.finishedAt()).isEqualTo(Instant.parse("2026-03-02T10:00:02Z"));
        assertThat(trace.data()).isEqualTo(data.current().version());
    }

    @Test
    void the_whole_trace_reads_one_version_of_the_data_even_when_newer_data_arrives_meanwhile() {
        IpDataVersion before = data.current().version();
        NameResolver resolverThatSeesNewData = names -> {
            data.with("192.0.2.10", "BE", 64999, "Moved");
            return dns.resolve(names);
        };

        HostingTrace trace = new HostingTracer(resolverThatSeesNewData, data, clock).lookUp(List.of(host("www.example.org")));

        assertThat(trace.data()).isEqualTo(before);
        assertThat(trace.hosts().head().addresses().head().facts().country().map(CountryCode::value)).contains("NL");
        assertThat(data.current().version()).isNotEqualTo(before);
    }

    @Test
    void hosts_written_as_addresses_skip_dns() {
        HostingTrace trace = tracer.lookUp(List.of(host("192.0.2.10"), host("[2001:db8::10]")));

        assertThat(dns.asked()).isEmpty();
        assertThat(trace.hosts().map(h -> h.dns().isEmpty())).containsExactly(true, true);
        assertThat(trace.hosts().map(h -> h.addresses().head().address().toString()))
                .containsExactly("192.0.2.10", "2001:db8::10");
        assertThat(trace.hosts().head().addresses().head().facts().organisation()).contains("Example Hosting B.V.");
        assertThat(trace.hosts().head().outcome()).isEqualTo(new DnsOutcome.Complete());
        assertThat(trace.hosts().map(HostTrace::role)).containsOnly(HostTrace.Role.LOOKED_UP);
    }

    @Test
    void all_names_go_to_the_resolver_together_each_once() {
        tracer.tracePage(host("www.example.org"), List.of(host("img.example.net"), host("192.0.2.99"),
                host("img.example.net"), host("www.example.org")));

        assertThat(dns.asked().stream().map(DomainName::value)).containsExactly("www.example.org", "img.example.net");
    }

    @Test
    void a_host_serving_the_page_and_items_is_traced_once_as_the_page() {
        HostingTrace trace = tracer.tracePage(host("www.example.org"), List.of(host("www.example.org")));

        assertThat(trace.hosts()).hasSize(1);
        assertThat(trace.hosts().head().role()).isEqualTo(HostTrace.Role.PAGE_AND_ITEMS);
    }

    @Test
    void a_failing_name_is_recorded_with_its_outcome_and_the_others_are_still_traced() {
        dns.failing("broken.example.org", new DnsOutcome.LameDelegation("ns1.example.org does not answer for it"));

        HostingTrace trace = tracer.tracePage(host("broken.example.org"),
                List.of(host("missing.example.org"), host("www.example.org")));

        assertThat(trace.hosts().map(h -> h.outcome().code())).containsExactly("lame-delegation", "nxdomain", "complete");
        assertThat(trace.hosts().get(0).addresses()).isEmpty();
        assertThat(trace.hosts().get(2).addresses()).hasSize(2);
    }

    @Test
    void addresses_in_a_cdn_are_flagged_by_their_network_or_by_an_alias_into_the_network_domain() {
        data.cdnAsn(64510, "Example CDN").cdnDomain("cdn.example.com", "Example CDN (by name)");
        dns.address("direct.example.org", "198.51.100.20").alias("shop.example.org", "x.cdn.example.com")
                .address("x.cdn.example.com", "192.0.2.10");

        HostingTrace trace = tracer.lookUp(List.of(host("direct.example.org"), host("shop.example.org"), host("www.example.org")));

        assertThat(trace.hosts().get(0).addresses().head().cdn())
                .contains(new CdnMatch.ByAsn("Example CDN", new Asn(64510)));
        assertThat(trace.hosts().get(1).addresses().head().cdn())
                .contains(new CdnMatch.ByAlias("Example CDN (by name)", DomainName.parse("x.cdn.example.com").get()));
        assertThat(trace.hosts().get(2).addresses().map(TracedAddress::behindCdn)).containsOnly(false);
    }

    @Test
    void a_numeric_host_in_a_cdn_system_is_flagged_too() {
        data.cdnAsn(64510, "Example CDN");

        assertThat(tracer.lookUp(List.of(host("198.51.100.20"))).hosts().head().addresses().head().behindCdn()).isTrue();
    }

    @Test
    void addresses_the_data_does_not_hold_are_unknown() {
        dns.address("elsewhere.example.org", "203.0.113.5");

        TracedAddress traced = tracer.lookUp(List.of(host("elsewhere.example.org"))).hosts().head().addresses().head();

        assertThat(traced.facts()).isEqualTo(AddressFacts.unknown());
        assertThat(traced.behindCdn()).isFalse();
    }

    @Test
    void a_trace_needs_a_host_and_a_resolver_that_answers_for_the_names_asked() {
        assertThatThrownBy(() -> tracer.lookUp(List.empty())).isInstanceOf(IllegalArgumentException.class);
        NameResolver wrong = names -> List.of();
        assertThatThrownBy(() -> new HostingTracer(wrong, data, clock).lookUp(List.of(host("www.example.org"))))
                .isInstanceOf(IllegalStateException.class);
        NameResolver other = names -> dns.resolve(List.of(DomainName.parse("img.example.net").get()));
        assertThatThrownBy(() -> new HostingTracer(other, data, clock).lookUp(List.of(host("www.example.org"))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_host_trace_holds_exactly_the_addresses_its_host_led_to() {
        Resolution resolution = dns.resolve(List.of(DomainName.parse("www.example.org").get())).head();
        Seq<TracedAddress> none = List.empty();
        var one = List.of(new TracedAddress(IpAddress.parse("192.0.2.1").get(), AddressFacts.unknown(), Option.none()));

        assertThatThrownBy(() -> new HostTrace(host("www.example.org"), HostTrace.Role.PAGE, Option.some(resolution), none))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HostTrace(host("www.example.org"), HostTrace.Role.PAGE, Option.none(), none))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HostTrace(host("192.0.2.2"), HostTrace.Role.PAGE, Option.none(), one))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HostTrace(host("192.0.2.1"), HostTrace.Role.PAGE, Option.some(resolution), one))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new HostTrace(host("192.0.2.1"), HostTrace.Role.PAGE, Option.none(), one).addresses()).hasSize(1);
    }

    @Test
    void a_trace_covers_each_host_once_and_ends_after_it_starts() {
        HostingTrace trace = tracer.lookUp(List.of(host("192.0.2.10")));
        HostTrace one = trace.hosts().head();

        assertThatThrownBy(() -> new HostingTrace(trace.startedAt(), trace.startedAt(), trace.data(), List.of(one, one)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HostingTrace(trace.startedAt(), trace.startedAt(), trace.data(), List.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HostingTrace(trace.startedAt(), trace.startedAt().minusMillis(1), trace.data(),
                List.of(one))).isInstanceOf(IllegalArgumentException.class);
    }

    static Host host(String text) {
        return Host.parse(text).get();
    }
}
