package org.hotline.adapters.trace.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DnsSettingsTest {

    @Test
    void resolvers_are_read_as_addresses_with_optional_ports() {
        var servers = DnsSettings.parseServers(" 192.0.2.53, 192.0.2.54:5353 ,2001:db8::53,[2001:db8::54]:5300,[2001:db8::55]")
                .get();

        assertThat(servers.stream().map(DnsSettings::name)).containsExactly("192.0.2.53:53", "192.0.2.54:5353",
                "[2001:db8::53]:53", "[2001:db8::54]:5300", "[2001:db8::55]:53");
    }

    @ParameterizedTest(name = "''{0}'' is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            dns.example.org          | not an IP address (resolvers are given by address, not by name)
            192.0.2.53:0             | no valid port
            192.0.2.53:65536         | no valid port
            192.0.2.53:dns           | no valid port
            [2001:db8::53            | not an address[:port]
            [2001:db8::53]x          | not an address[:port]
            ' , '                    | names no resolver
            """)
    void anything_else_is_refused_with_the_reason(String text, String reason) {
        assertThat(DnsSettings.parseServers(text).getLeft()).contains(reason);
    }

    @Test
    void a_question_waits_a_third_of_the_host_timeout_and_at_most_three_seconds() {
        var one = List.of(new InetSocketAddress("127.0.0.1", 53));

        assertThat(DnsSettings.of(one, Duration.ofSeconds(3)).questionTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(DnsSettings.of(one, Duration.ofSeconds(30)).questionTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(DnsSettings.of(one, Duration.ofNanos(2)).questionTimeout()).isEqualTo(Duration.ofNanos(2));
        assertThat(DnsSettings.of(one, Duration.ofSeconds(30)).parallelism()).isEqualTo(DnsSettings.DEFAULT_PARALLELISM);
    }

    @Test
    void settings_that_cannot_work_are_refused() {
        var one = List.of(new InetSocketAddress("127.0.0.1", 53));
        assertThatThrownBy(() -> new DnsSettings(List.of(), Duration.ofSeconds(1), Duration.ofSeconds(1), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DnsSettings(one, Duration.ZERO, Duration.ofSeconds(1), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DnsSettings(one, Duration.ofSeconds(2), Duration.ofSeconds(1), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DnsSettings(one, Duration.ofSeconds(1), Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
