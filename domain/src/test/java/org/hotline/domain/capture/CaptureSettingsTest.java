package org.hotline.domain.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class CaptureSettingsTest {

    @Test
    void without_variables_the_documented_defaults_apply() {
        CaptureSettings settings = CaptureSettings.read(Map.of()).get();

        assertThat(settings).isEqualTo(CaptureSettings.defaults());
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.totalTime()).isEqualTo(Duration.ofSeconds(120));
        assertThat(settings.maxPageBytes()).isEqualTo(5 * 1024 * 1024);
        assertThat(settings.maxItemBytes()).isEqualTo(50 * 1024 * 1024);
        assertThat(settings.maxRedirects()).isEqualTo(5);
        assertThat(settings.maxItems()).isEqualTo(200);
        assertThat(settings.proxy()).isEmpty();
        assertThat(settings.allow()).isEmpty();
        for (CaptureSettings.Variable variable : CaptureSettings.VARIABLES) {
            assertThat(variable.name()).startsWith("HOTLINE_CAPTURE_");
        }
    }

    @Test
    void every_variable_is_read() {
        CaptureSettings settings = CaptureSettings.read(Map.of(
                "HOTLINE_CAPTURE_CONNECT_TIMEOUT_SECONDS", "3",
                "HOTLINE_CAPTURE_READ_TIMEOUT_SECONDS", "4",
                "HOTLINE_CAPTURE_TOTAL_SECONDS", "60",
                "HOTLINE_CAPTURE_MAX_PAGE_BYTES", "2048",
                "HOTLINE_CAPTURE_MAX_ITEM_BYTES", "4096",
                "HOTLINE_CAPTURE_MAX_REDIRECTS", "0",
                "HOTLINE_CAPTURE_MAX_ITEMS", "10",
                "HOTLINE_CAPTURE_USER_AGENT", "Mozilla/5.0 (test)",
                "HOTLINE_CAPTURE_PROXY", "socks5://127.0.0.1:9050",
                "HOTLINE_CAPTURE_ALLOW", " 127.0.0.0/8, ::1/128 ,")).get();

        assertThat(settings).isEqualTo(new CaptureSettings(Duration.ofSeconds(3), Duration.ofSeconds(4),
                Duration.ofSeconds(60), 2048, 4096, 0, 10, "Mozilla/5.0 (test)",
                Option.some(new CaptureProxy(CaptureProxy.Kind.SOCKS, "127.0.0.1", 9050, Option.none(), Option.none())),
                List.of(AddressRange.of("127.0.0.0/8"), AddressRange.of("::1/128"))));
        assertThat(settings.describe()).contains("socks://127.0.0.1:9050", "127.0.0.0/8 ::1/128");
    }

    @Test
    void every_wrong_variable_is_named_at_once() {
        var problems = CaptureSettings.read(Map.of(
                "HOTLINE_CAPTURE_CONNECT_TIMEOUT_SECONDS", "0",
                "HOTLINE_CAPTURE_MAX_ITEMS", "lots",
                "HOTLINE_CAPTURE_MAX_PAGE_BYTES", "1023",
                "HOTLINE_CAPTURE_USER_AGENT", "bad\r\nX-Injected: 1",
                "HOTLINE_CAPTURE_PROXY", "ftp://proxy:21",
                "HOTLINE_CAPTURE_ALLOW", "10.0.0.0/8, 10.0.0.1/8")).getLeft();

        assertThat(problems).containsExactlyInAnyOrder(
                "HOTLINE_CAPTURE_CONNECT_TIMEOUT_SECONDS must be between 1 and 300, not 0.",
                "HOTLINE_CAPTURE_MAX_ITEMS must be a whole number, not 'lots'.",
                "HOTLINE_CAPTURE_MAX_PAGE_BYTES must be between 1024 and 104857600, not 1023.",
                "HOTLINE_CAPTURE_USER_AGENT must be up to 512 printable ASCII characters.",
                "HOTLINE_CAPTURE_PROXY must start with http:// or socks5://.",
                "HOTLINE_CAPTURE_ALLOW lists address ranges in CIDR form: '10.0.0.1/8' has bits set past its prefix length;"
                        + " the block starts at 10.0.0.0/8.");
    }

    @Test
    void the_proxy_password_is_never_shown() {
        CaptureSettings settings = CaptureSettings.read(Map.of("HOTLINE_CAPTURE_PROXY", "http://hotline:s3cret@proxy.example:3128")).get();

        assertThat(settings.proxy().get().password()).contains("s3cret");
        assertThat(settings.toString()).contains("http://hotline:***@proxy.example:3128").doesNotContain("s3cret");
    }

    @Test
    void settings_built_in_code_are_checked_too() {
        CaptureSettings d = CaptureSettings.defaults();
        assertThatThrownBy(() -> new CaptureSettings(Duration.ZERO, d.readTimeout(), d.totalTime(), 1, 1, 0, 0, "x",
                Option.none(), List.empty())).hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> new CaptureSettings(d.connectTimeout(), d.readTimeout(), d.totalTime(), 0, 1, 0, 0, "x",
                Option.none(), List.empty())).hasMessageContaining("size limits");
        assertThatThrownBy(() -> new CaptureSettings(d.connectTimeout(), d.readTimeout(), d.totalTime(), 1, 1, -1, 0, "x",
                Option.none(), List.empty())).hasMessageContaining("never negative");
        assertThatThrownBy(() -> new CaptureSettings(d.connectTimeout(), d.readTimeout(), d.totalTime(), 1, 1, 0, 0, "a\nb",
                Option.none(), List.empty())).hasMessageContaining("User-Agent");
    }
}
