package org.hotline.domain.hosting.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.hosting.address.DomainName;
import org.hotline.domain.hosting.address.IpAddress;
import org.junit.jupiter.api.Test;

class ResolutionTest {

    private static final DomainName WWW = name("www.example.org");
    private static final DomainName EDGE = name("edge.example.net");
    private static final NameServers NS = NameServers.of(name("example.org"),
            List.of(new NameServerRecord(name("ns1.example.org"), 3600)), "192.0.2.53:53");

    @Test
    void the_addresses_are_those_at_the_end_of_the_chain_ipv4_first_each_once() {
        var chain = List.of(new CnameRecord(WWW, EDGE, 60));
        var ipv4 = DnsAnswer.complete(RecordType.A, "r", chain,
                List.of(record(EDGE, "192.0.2.10"), record(EDGE, "192.0.2.11"), record(EDGE, "192.0.2.10")));
        var ipv6 = DnsAnswer.complete(RecordType.AAAA, "r", chain, List.of(record(EDGE, "2001:db8::10")));

        Resolution resolution = new Resolution(WWW, ipv4, ipv6, NS);

        assertThat(resolution.addresses().map(IpAddress::toString)).containsExactly("192.0.2.10", "192.0.2.11", "2001:db8::10");
        assertThat(resolution.aliases()).containsExactly(WWW, EDGE);
        assertThat(resolution.outcome()).isEqualTo(new DnsOutcome.Complete());
        assertThat(resolution.failedAnswers()).isEmpty();
    }

    @Test
    void a_name_with_addresses_of_one_kind_only_is_complete_and_nothing_failed() {
        var ipv4 = DnsAnswer.complete(RecordType.A, "r", List.empty(), List.of(record(WWW, "192.0.2.10")));
        var ipv6 = DnsAnswer.without(RecordType.AAAA, Option.some("r"), List.empty(), new DnsOutcome.NoRecords());

        Resolution resolution = new Resolution(WWW, ipv4, ipv6, NS);

        assertThat(resolution.outcome()).isEqualTo(new DnsOutcome.Complete());
        assertThat(resolution.failedAnswers()).isEmpty();
    }

    @Test
    void a_failed_question_beside_an_answered_one_is_listed_but_the_name_resolved() {
        var ipv4 = DnsAnswer.without(RecordType.A, Option.none(), List.empty(), new DnsOutcome.TimedOut());
        var ipv6 = DnsAnswer.complete(RecordType.AAAA, "r", List.empty(), List.of(record(WWW, "2001:db8::1")));

        Resolution resolution = new Resolution(WWW, ipv4, ipv6, NS);

        assertThat(resolution.outcome()).isEqualTo(new DnsOutcome.Complete());
        assertThat(resolution.failedAnswers()).containsExactly(ipv4);
    }

    @Test
    void without_addresses_the_outcome_is_the_first_failure_or_no_records() {
        var servfail = new DnsOutcome.ServerFailure(Option.some("No Reachable Authority"));
        var nodata = DnsAnswer.without(RecordType.A, Option.some("r"), List.empty(), new DnsOutcome.NoRecords());
        var failedV6 = DnsAnswer.without(RecordType.AAAA, Option.some("r"), List.empty(), servfail);
        var nodataV6 = DnsAnswer.without(RecordType.AAAA, Option.some("r"), List.empty(), new DnsOutcome.NoRecords());
        var failedV4 = DnsAnswer.without(RecordType.A, Option.none(), List.empty(), new DnsOutcome.TimedOut());

        assertThat(new Resolution(WWW, nodata, failedV6, NS).outcome()).isEqualTo(servfail);
        assertThat(new Resolution(WWW, failedV4, failedV6, NS).outcome()).isEqualTo(new DnsOutcome.TimedOut());
        assertThat(new Resolution(WWW, nodata, nodataV6, NS).outcome()).isEqualTo(new DnsOutcome.NoRecords());
    }

    @Test
    void an_answer_is_complete_exactly_when_it_holds_records_of_its_kind() {
        assertThatThrownBy(() -> new DnsAnswer(RecordType.A, Option.some("r"), List.empty(), List.empty(),
                new DnsOutcome.Complete())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DnsAnswer(RecordType.A, Option.some("r"), List.empty(),
                List.of(record(WWW, "192.0.2.1")), new DnsOutcome.NoRecords())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DnsAnswer.complete(RecordType.AAAA, "r", List.empty(), List.of(record(WWW, "192.0.2.1"))))
                .isInstanceOf(IllegalArgumentException.class);
        var a = DnsAnswer.without(RecordType.A, Option.none(), List.empty(), new DnsOutcome.TimedOut());
        assertThatThrownBy(() -> new Resolution(WWW, a, a, NS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void name_servers_are_complete_exactly_when_the_zone_and_its_servers_are_known() {
        assertThat(NS.outcome()).isEqualTo(new DnsOutcome.Complete());
        assertThat(NameServers.none(Option.none(), new DnsOutcome.TimedOut()).servers()).isEmpty();
        assertThatThrownBy(() -> new NameServers(Option.some(WWW), List.empty(), Option.some("r"), new DnsOutcome.Complete()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_time_to_live_is_0_to_2_to_the_31_minus_1_seconds() {
        assertThat(new CnameRecord(WWW, EDGE, 0).ttl()).isZero();
        assertThat(new NameServerRecord(WWW, Integer.MAX_VALUE).ttl()).isEqualTo(Integer.MAX_VALUE);
        assertThatThrownBy(() -> new CnameRecord(WWW, EDGE, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> record(WWW, "192.0.2.1", Integer.MAX_VALUE + 1L)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void records_read_as_dns_writes_them() {
        assertThat(record(WWW, "192.0.2.1")).hasToString("www.example.org A 192.0.2.1 (TTL 300 s)");
        assertThat(record(WWW, "2001:db8::1").type()).isEqualTo(RecordType.AAAA);
        assertThat(new CnameRecord(WWW, EDGE, 60)).hasToString("www.example.org CNAME edge.example.net (TTL 60 s)");
        assertThat(new NameServerRecord(EDGE, 60)).hasToString("edge.example.net (TTL 60 s)");
    }

    @Test
    void every_outcome_has_a_code_and_says_what_happened() {
        var outcomes = List.<DnsOutcome>of(new DnsOutcome.Complete(), new DnsOutcome.NoRecords(),
                new DnsOutcome.NameNotFound(WWW), new DnsOutcome.ServerFailure(Option.none()), new DnsOutcome.Refused(),
                new DnsOutcome.TimedOut(), new DnsOutcome.LameDelegation("ns1.example.org does not answer"),
                new DnsOutcome.CnameLoop(List.of(WWW, EDGE)), new DnsOutcome.CnameChainTooLong(16),
                new DnsOutcome.Failed("unreadable answer"));

        assertThat(outcomes.map(DnsOutcome::code).distinct()).hasSize(outcomes.size());
        assertThat(outcomes.filter(DnsOutcome::answered)).hasSize(2);
        assertThat(new DnsOutcome.CnameLoop(List.of(WWW, EDGE)).describe())
                .isEqualTo("the CNAME chain loops: www.example.org -> edge.example.net -> www.example.org");
        assertThat(new DnsOutcome.NameNotFound(EDGE).describe()).contains("edge.example.net").contains("NXDOMAIN");
        assertThat(new DnsOutcome.ServerFailure(Option.some("No Reachable Authority")).describe())
                .isEqualTo("the resolver failed (SERVFAIL): No Reachable Authority");
        assertThat(new DnsOutcome.ServerFailure(Option.none()).describe()).isEqualTo("the resolver failed (SERVFAIL)");
        assertThat(new DnsOutcome.LameDelegation("x").describe()).isEqualTo("lame delegation: x");
        assertThat(new DnsOutcome.CnameChainTooLong(16).describe()).contains("16");
        assertThat(new DnsOutcome.Failed("y").describe()).isEqualTo("failed: y");
        assertThatThrownBy(() -> new DnsOutcome.CnameLoop(List.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    private static AddressRecord record(DomainName name, String address) {
        return record(name, address, 300);
    }

    private static AddressRecord record(DomainName name, String address, long ttl) {
        return new AddressRecord(name, IpAddress.parse(address).get(), ttl);
    }

    private static DomainName name(String text) {
        return DomainName.parse(text).get();
    }
}
