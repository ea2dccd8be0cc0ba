package org.hotline.domain.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaptureProxyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "http://127.0.0.1:8118, HTTP, 127.0.0.1, 8118",
        "HTTP://proxy.example:3128/, HTTP, proxy.example, 3128",
        "socks5://127.0.0.1:9050, SOCKS, 127.0.0.1, 9050",
        "socks://[::1]:1080, SOCKS, ::1, 1080"})
    void written_proxies_are_read(String text, CaptureProxy.Kind kind, String host, int port) {
        assertThat(CaptureProxy.parse(text).get()).isEqualTo(new CaptureProxy(kind, host, port, Option.none(), Option.none()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "127.0.0.1:8118", "ftp://proxy:21", "http://proxy", "http://proxy:0", "http://proxy:65536",
        "http://:8080", "socks5://user:pw@proxy:1080", "http://user@proxy:8080", "http://pro xy:8080"})
    void malformed_proxies_are_refused(String text) {
        assertThat(CaptureProxy.parse(text).isLeft()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://u:pw@proxy:8080"})
    void credentials_are_read_and_hidden(String text) {
        CaptureProxy proxy = CaptureProxy.parse(text).get();

        assertThat(proxy.user()).contains("u");
        assertThat(proxy.password()).contains("pw");
        assertThat(proxy).hasToString("http://u:***@proxy:8080");
    }
}
