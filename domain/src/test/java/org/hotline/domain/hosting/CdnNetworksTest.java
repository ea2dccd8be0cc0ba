package org.hotline.domain.hosting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.hosting.address.DomainName;
import org.junit.jupiter.api.Test;

class CdnNetworksTest {

    private final CdnNetworks networks = new CdnNetworks(
            LinkedHashMap.of(new Asn(64500), "Example CDN"),
            LinkedHashMap.of(name("cdn.example.net"), "Example CDN", name("proxy.test"), "Test Proxy"));

    @Test
    void an_address_routed_by_a_network_system_is_in_the_network() {
        assertThat(networks.match(Option.some(new Asn(64500)), List.of(name("www.example.org"))))
                .contains(new CdnMatch.ByAsn("Example CDN", new Asn(64500)));
        assertThat(networks.match(Option.some(new Asn(64501)), List.of(name("www.example.org")))).isEmpty();
    }

    @Test
    void a_host_aliased_into_a_network_domain_is_in_the_network_by_the_first_such_alias() {
        var aliases = List.of(name("www.example.org"), name("a1.proxy.test"), name("x.edge.cdn.example.net"));

        assertThat(networks.match(Option.none(), aliases))
                .contains(new CdnMatch.ByAlias("Test Proxy", name("a1.proxy.test")));
        assertThat(networks.match(Option.none(), List.of(name("cdn.example.net"))))
                .contains(new CdnMatch.ByAlias("Example CDN", name("cdn.example.net")));
        assertThat(networks.match(Option.none(), List.of(name("notcdn.example.net"), name("example.net")))).isEmpty();
    }

    @Test
    void the_routing_system_is_the_stronger_evidence() {
        assertThat(networks.match(Option.some(new Asn(64500)), List.of(name("a.proxy.test"))).get())
                .isInstanceOf(CdnMatch.ByAsn.class);
    }

    @Test
    void an_administrator_list_adds_networks_and_renames_those_it_names_again() {
        var local = new CdnNetworks(LinkedHashMap.of(new Asn(64500), "Renamed CDN", new Asn(64511), "Local Proxy"),
                LinkedHashMap.empty());

        CdnNetworks both = networks.and(local);

        assertThat(both.size()).isEqualTo(4);
        assertThat(both.byAsn().get(new Asn(64500))).contains("Renamed CDN");
        assertThat(both.byAsn().get(new Asn(64511))).contains("Local Proxy");
        assertThat(both.byDomain().get(name("proxy.test"))).contains("Test Proxy");
        assertThat(CdnNetworks.none().size()).isZero();
    }

    @Test
    void every_network_has_a_name() {
        assertThatThrownBy(() -> new CdnNetworks(LinkedHashMap.of(new Asn(1), " "), LinkedHashMap.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void evidence_is_said_in_words() {
        assertThat(new CdnMatch.ByAsn("Example CDN", new Asn(64500)).evidence()).isEqualTo("routed by AS64500");
        assertThat(new CdnMatch.ByAlias("Test Proxy", name("a.proxy.test")).evidence()).isEqualTo("reached through a.proxy.test");
    }

    private static DomainName name(String text) {
        return DomainName.parse(text).get();
    }
}
