package org.hotline.adapters.rdap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RdapSettingsTest {

    @Test
    void the_default_asks_iana_and_off_asks_nobody() {
        var settings = RdapSettings.read(Map.of()).get().get();
        assertThat(settings.bootstrap()).isEqualTo(URI.create(RdapSettings.IANA));
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(RdapSettings.read(Map.of("HOTLINE_RDAP_BOOTSTRAP", "OFF")).get()).isEmpty();
    }

    @Test
    void a_directory_or_address_is_read_as_a_folder_and_wrong_values_are_named() {
        assertThat(RdapSettings.read(Map.of("HOTLINE_RDAP_BOOTSTRAP", "http://127.0.0.1:8080/boot",
                "HOTLINE_RDAP_TIMEOUT_SECONDS", "3")).get().get())
                .isEqualTo(new RdapSettings(URI.create("http://127.0.0.1:8080/boot/"), Duration.ofSeconds(3)));
        assertThat(RdapSettings.read(Map.of("HOTLINE_RDAP_BOOTSTRAP", "/var/lib/rdap")).get().get().bootstrap())
                .hasToString("file:///var/lib/rdap/");
        assertThat(RdapSettings.read(Map.of("HOTLINE_RDAP_BOOTSTRAP", "https://", "HOTLINE_RDAP_TIMEOUT_SECONDS", "0"))
                .getLeft()).hasSize(2).anySatisfy(p -> assertThat(p).contains("HOTLINE_RDAP_BOOTSTRAP"))
                .anySatisfy(p -> assertThat(p).contains("HOTLINE_RDAP_TIMEOUT_SECONDS"));
    }
}
