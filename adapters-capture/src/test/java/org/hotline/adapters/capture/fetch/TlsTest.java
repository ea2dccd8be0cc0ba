package org.hotline.adapters.capture.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.adapters.capture.fetch.Fixtures.settings;
import static org.hotline.adapters.capture.fetch.Fixtures.url;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

import io.vavr.control.Option;
import org.hotline.domain.capture.CaptureFailure;
import org.hotline.domain.capture.CaptureProxy;
import org.hotline.domain.capture.IpAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over TLS the fetcher connects to the checked address but speaks to the name: the server gets the name as SNI and
 * the certificate is checked against it. The site's certificate (for site.test only) is made by the JDK's keytool for
 * this test; the client trusts it and nothing else.
 */
class TlsTest {

    private static LoopbackSite site;
    private static SSLSocketFactory trustingTheSite;

    @BeforeAll
    static void start(@TempDir Path directory) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        assumeTrue(Files.isExecutable(keytool), "the JDK's keytool is needed to make the test certificate");
        Path store = directory.resolve("site.p12");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "site", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=site.test", "-ext", "SAN=dns:site.test", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor()).isZero();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, "changeit".toCharArray());
        SSLContext server = SSLContext.getInstance("TLS");
        server.init(keyManagers.getKeyManagers(), null, null);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        SSLContext client = SSLContext.getInstance("TLS");
        client.init(null, trust.getTrustManagers(), null);
        trustingTheSite = client.getSocketFactory();
        site = new LoopbackSite(server).serve("/", 200, "text/html", "<p>secure".getBytes(StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() throws Exception {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void the_name_goes_in_sni_and_host_while_the_checked_address_is_connected_to() {
        var fetched = new GuardedFetcher(settings("127.0.0.0/8"), TestNames.standard(), trustingTheSite)
                .fetch(url(site.url("site.test", "/")));

        assertThat(fetched.get().bytes()).asString(StandardCharsets.UTF_8).isEqualTo("<p>secure");
        assertThat(fetched.get().answer().connectedTo()).isEqualTo(IpAddress.parse("127.0.0.1").get());
        assertThat(site.serverNames()).contains("site.test");
        assertThat(site.requests()).last().satisfies(request -> assertThat(request.header("Host")).isEqualTo("site.test:" + site.port()));
    }

    @Test
    void a_certificate_for_another_name_is_refused() {
        var fetched = new GuardedFetcher(settings("127.0.0.0/8"), TestNames.standard(), trustingTheSite)
                .fetch(url(site.url("www.site.test", "/")));

        assertThat(fetched.getLeft()).isInstanceOf(CaptureFailure.ConnectionFailed.class);
        assertThat(fetched.getLeft().detail()).contains("TLS handshake failed");
    }

    @Test
    void a_certificate_no_trusted_authority_signed_is_refused() {
        var fetched = new GuardedFetcher(settings("127.0.0.0/8"), TestNames.standard(),
                (SSLSocketFactory) SSLSocketFactory.getDefault()).fetch(url(site.url("site.test", "/")));

        assertThat(fetched.getLeft()).isInstanceOf(CaptureFailure.ConnectionFailed.class);
    }

    @Test
    void through_an_http_proxy_the_tunnel_goes_to_the_address_and_tls_still_names_the_site() throws Exception {
        try (LoopbackProxy proxy = new LoopbackProxy(false)) {
            var settings = settings(Option.some(CaptureProxy.parse("http://127.0.0.1:" + proxy.port()).get()), "127.0.0.0/8");
            int before = site.serverNames().size();

            var fetched = new GuardedFetcher(settings, TestNames.standard(), trustingTheSite).fetch(url(site.url("site.test", "/")));

            assertThat(fetched.isRight()).isTrue();
            assertThat(proxy.asked()).isEqualTo(List.of("CONNECT 127.0.0.1:" + site.port()));
            assertThat(site.serverNames().subList(before, site.serverNames().size())).containsExactly("site.test");
        }
    }
}
