package org.hotline.adapters.capture.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.adapters.capture.fetch.Fixtures.fetcher;
import static org.hotline.adapters.capture.fetch.Fixtures.settings;
import static org.hotline.adapters.capture.fetch.Fixtures.url;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.vavr.control.Option;
import org.hotline.domain.capture.CaptureFailure;
import org.hotline.domain.capture.CaptureProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Through a proxy the site sees the proxy, and the proxy is told the checked address, never the name: it cannot be
 * made to resolve a name to somewhere the guard has not seen. The guard still applies: a refused address is not
 * asked of the proxy at all.
 */
class ProxyTest {

    private LoopbackSite site;

    @BeforeEach
    void start() throws Exception {
        site = new LoopbackSite().serve("/page", 200, "text/html", "<p>through".getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() throws Exception {
        site.close();
    }

    @Test
    void an_http_proxy_is_asked_to_connect_to_the_checked_address_and_the_site_gets_the_name() throws Exception {
        try (LoopbackProxy proxy = new LoopbackProxy(false)) {
            var settings = settings(Option.some(CaptureProxy.parse("http://127.0.0.1:" + proxy.port()).get()), "127.0.0.0/8");

            var fetched = fetcher(settings, TestNames.standard()).fetch(url(site.url("site.test", "/page")));

            assertThat(fetched.get().bytes()).asString(StandardCharsets.UTF_8).isEqualTo("<p>through");
            assertThat(proxy.asked()).containsExactly("CONNECT 127.0.0.1:" + site.port());
            assertThat(site.requests().get(0).header("Host")).isEqualTo("site.test:" + site.port());
        }
    }

    @Test
    void an_http_proxy_gets_the_configured_credentials() throws Exception {
        try (LoopbackProxy proxy = new LoopbackProxy(false)) {
            var settings = settings(Option.some(CaptureProxy.parse("http://hotline:s3cret@127.0.0.1:" + proxy.port()).get()),
                    "127.0.0.0/8");

            fetcher(settings, TestNames.standard()).fetch(url(site.url("site.test", "/page")));

            assertThat(proxy.authorizations()).containsExactly(
                    "Basic " + Base64.getEncoder().encodeToString("hotline:s3cret".getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void a_socks_proxy_is_given_the_checked_address_not_the_name() throws Exception {
        try (LoopbackProxy proxy = new LoopbackProxy(false)) {
            var settings = settings(Option.some(CaptureProxy.parse("socks5://127.0.0.1:" + proxy.port()).get()), "127.0.0.0/8");

            var fetched = fetcher(settings, TestNames.standard()).fetch(url(site.url("site.test", "/page")));

            assertThat(fetched.get().bytes()).asString(StandardCharsets.UTF_8).isEqualTo("<p>through");
            assertThat(proxy.asked()).containsExactly("SOCKS5 ipv4 127.0.0.1:" + site.port());
        }
    }

    @Test
    void a_proxy_that_refuses_the_tunnel_is_a_failed_connection() throws Exception {
        try (LoopbackProxy proxy = new LoopbackProxy(true)) {
            var settings = settings(Option.some(CaptureProxy.parse("http://127.0.0.1:" + proxy.port()).get()), "127.0.0.0/8");

            var fetched = fetcher(settings, TestNames.standard()).fetch(url(site.url("site.test", "/page")));

            assertThat(fetched.getLeft()).isInstanceOf(CaptureFailure.ConnectionFailed.class);
            assertThat(fetched.getLeft().detail()).contains("status 403");
            assertThat(site.connections()).isZero();
        }
    }

    @Test
    void a_refused_address_is_never_asked_of_the_proxy() throws Exception {
        try (LoopbackProxy proxy = new LoopbackProxy(false)) {
            var settings = settings(Option.some(CaptureProxy.parse("http://127.0.0.1:" + proxy.port()).get()));

            var fetched = fetcher(settings, TestNames.standard()).fetch(url(site.url("site.test", "/page")));

            assertThat(fetched.getLeft()).isInstanceOf(CaptureFailure.RefusedAddress.class);
            assertThat(proxy.asked()).isEmpty();
        }
    }
}
