package org.hotline.adapters.capture.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.adapters.capture.fetch.Fixtures.fetcher;
import static org.hotline.adapters.capture.fetch.Fixtures.settings;
import static org.hotline.adapters.capture.fetch.Fixtures.url;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.hotline.domain.capture.CaptureFailure;
import org.hotline.domain.capture.FetchedContent;
import org.hotline.domain.capture.IpAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fetcher never reaches our own network: a loopback or private address is refused whether it is asked for
 * directly, in any numeric spelling, through a name that resolves to it, or through a redirect; unless an allowance
 * covers it. Every refusal happens before a connection: the site counts none.
 */
class AddressGuardTest {

    private LoopbackSite site;

    @BeforeEach
    void start() throws Exception {
        site = new LoopbackSite().serve("/", 200, "text/html", "<title>home</title>".getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() throws Exception {
        site.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"127.0.0.1", "127.1", "127.0.1", "2130706433", "0x7f000001", "0x7F.0.0.1", "0177.0.0.1",
        "0177.1", "0x7f.1", "127.000.000.001", "[::1]", "[0:0:0:0:0:0:0:1]", "[::ffff:7f00:1]",
        "[0:0:0:0:0:ffff:7f00:1]", "[::7f00:1]", "[64:ff9b::7f00:1]", "[2002:7f00:1::]"})
    void a_loopback_address_is_refused_in_every_spelling(String host) {
        var fetched = fetcher(settings(), TestNames.standard()).fetch(url(site.url(host, "/")));

        assertThat(fetched.getLeft()).isInstanceOf(CaptureFailure.RefusedAddress.class);
        assertThat(fetched.getLeft().detail()).contains("Refused to connect to");
        assertThat(site.connections()).isZero();
    }

    @Test
    void an_allowance_lets_the_loopback_site_be_fetched() {
        var fetched = fetcher(settings("127.0.0.0/8"), TestNames.standard()).fetch(url(site.url("127.0.0.1", "/")));

        assertThat(fetched.map(FetchedContent::bytes).get()).asString(StandardCharsets.UTF_8).isEqualTo("<title>home</title>");
        assertThat(site.connections()).isEqualTo(1);
    }

    @Test
    void an_allowance_covers_only_its_range() {
        var fetched = fetcher(settings("127.0.0.2/32"), TestNames.standard()).fetch(url(site.url("127.0.0.1", "/")));

        assertThat(((CaptureFailure.RefusedAddress) fetched.getLeft()).reason()).contains("loopback");
        assertThat(site.connections()).isZero();
    }

    @Test
    void a_name_that_resolves_to_loopback_is_refused_and_names_the_address() {
        var fetched = fetcher(settings(), TestNames.standard()).fetch(url(site.url("site.test", "/")));

        assertThat(fetched.getLeft().detail()).isEqualTo(
                "Refused to connect to site.test: it resolves to 127.0.0.1, a loopback address (127.0.0.0/8).");
        assertThat(site.connections()).isZero();
    }

    @Test
    void a_name_that_resolves_to_a_private_or_metadata_address_is_refused() {
        var fetcher = fetcher(settings("127.0.0.0/8"), TestNames.standard());

        assertThat(((CaptureFailure.RefusedAddress) fetcher.fetch(url("http://private.test/")).getLeft()).reason())
                .isEqualTo("a private address (10.0.0.0/8)");
        assertThat(((CaptureFailure.RefusedAddress) fetcher.fetch(url("http://metadata.test/latest/")).getLeft()).reason())
                .isEqualTo("a link-local address (169.254.0.0/16)");
    }

    @Test
    void a_name_with_one_private_address_among_allowed_ones_is_refused_whole() {
        var fetched = fetcher(settings("127.0.0.0/8"), TestNames.standard()).fetch(url(site.url("mixed.test", "/")));

        assertThat(((CaptureFailure.RefusedAddress) fetched.getLeft()).address()).isEqualTo("192.168.1.1");
        assertThat(site.connections()).isZero();
    }

    @Test
    void a_redirect_to_a_refused_address_is_refused_at_that_hop() {
        site.redirect("/away", 302, "http://127.0.0.2:" + site.port() + "/");
        var fetch = fetcher(settings("127.0.0.1/32"), TestNames.standard())
                .fetch(FetchRequest.page(url(site.url("127.0.0.1", "/away")), 1024), Deadline.after(java.time.Duration.ofSeconds(5)));

        assertThat(fetch.content().getLeft()).isEqualTo(new CaptureFailure.RefusedAddress("127.0.0.2", "127.0.0.2",
                "a loopback address (127.0.0.0/8)"));
        assertThat(fetch.redirects()).hasSize(1);
        assertThat(fetch.redirects().get(0).status()).isEqualTo(302);
        assertThat(site.connections()).isEqualTo(1);
    }

    @Test
    void a_redirect_to_a_name_that_resolves_inwards_is_refused() {
        site.redirect("/away", 301, "http://private.test/admin");
        var fetched = fetcher(settings("127.0.0.0/8"), TestNames.standard()).fetch(url(site.url("127.0.0.1", "/away")));

        assertThat(((CaptureFailure.RefusedAddress) fetched.getLeft()).host()).isEqualTo("private.test");
    }

    @Test
    void the_name_is_resolved_once_and_the_checked_address_is_the_one_connected_to() {
        var names = TestNames.standard();
        var fetched = fetcher(settings("127.0.0.0/8"), names).fetch(url(site.url("site.test", "/")));

        assertThat(fetched.get().answer().connectedTo()).isEqualTo(IpAddress.parse("127.0.0.1").get());
        assertThat(names.lookups()).isEqualTo(1);
        assertThat(site.requests().get(0).header("Host")).isEqualTo("site.test:" + site.port());
    }

    @Test
    void a_rebinding_name_server_gains_nothing_because_the_answer_is_not_asked_again() {
        // The first answer is allowed; a second look-up would say 10.0.0.1. The fetch uses the first and never asks again.
        var answers = new java.util.ArrayDeque<>(List.of(List.of(IpAddress.parse("127.0.0.1").get()),
                List.of(IpAddress.parse("10.0.0.1").get())));
        NameResolver rebinding = name -> answers.isEmpty() ? List.of() : answers.poll();
        var fetched = fetcher(settings("127.0.0.0/8"), rebinding).fetch(url(site.url("site.test", "/")));

        assertThat(fetched.isRight()).isTrue();
        assertThat(answers).hasSize(1);
    }

    @Test
    void a_name_that_does_not_resolve_is_recorded_as_such() {
        var fetched = fetcher(settings(), TestNames.standard()).fetch(url("http://nowhere.test/"));

        assertThat(fetched.getLeft()).isEqualTo(new CaptureFailure.NameNotResolved("nowhere.test"));
    }

    @Test
    void a_host_written_like_an_address_but_invalid_is_not_looked_up() {
        var names = new TestNames(Map.of());
        // Reading the address refuses such a host (ReportedUrl); the guard refuses it too, for an address stored before.
        var storedEarlier = new org.hotline.domain.report.ReportedUrl("http://256.1.1.1/", "http://256.1.1.1/");
        assertThat(org.hotline.domain.report.ReportedUrl.parse(storedEarlier.submitted()).isLeft()).isTrue();
        var fetched = fetcher(settings(), names).fetch(storedEarlier);

        assertThat(fetched.getLeft()).isInstanceOf(CaptureFailure.UnsupportedAddress.class);
        assertThat(names.lookups()).isZero();
    }
}
