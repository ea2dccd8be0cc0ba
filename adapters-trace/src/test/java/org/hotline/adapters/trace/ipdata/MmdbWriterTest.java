package org.hotline.adapters.trace.ipdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.util.Map;

import com.maxmind.db.Reader;
import org.hotline.adapters.trace.testing.MmdbWriter;
import org.junit.jupiter.api.Test;

/** The test data writer makes files MaxMind's own reader reads as written: the other tests can trust it. */
class MmdbWriterTest {

    @Test
    void maxminds_reader_reads_what_the_test_writer_wrote() throws Exception {
        byte[] file = MmdbWriter.countries()
                .country("192.0.2.0/24", "NL")
                .country("192.0.2.128/25", "BE")
                .country("198.51.100.7/32", "DE")
                .country("2001:db8::/32", "FR")
                .insert("203.0.113.0/24", Map.of("country", Map.of("iso_code", "LU")))
                .write();

        try (Reader reader = new Reader(new ByteArrayInputStream(file))) {
            assertThat(reader.getMetadata().getDatabaseType()).isEqualTo("country ipvAll");
            assertThat(reader.getMetadata().getIpVersion()).isEqualTo(6);
            assertThat(reader.getMetadata().getBuildDate().toInstant().toString()).isEqualTo("2026-01-01T00:00:00Z");
            assertThat(reader.get(InetAddress.getByName("192.0.2.1"), Map.class)).isEqualTo(Map.of("country_code", "NL"));
            assertThat(reader.get(InetAddress.getByName("192.0.2.200"), Map.class)).isEqualTo(Map.of("country_code", "BE"));
            assertThat(reader.get(InetAddress.getByName("198.51.100.7"), Map.class)).isEqualTo(Map.of("country_code", "DE"));
            assertThat(reader.get(InetAddress.getByName("198.51.100.8"), Map.class)).isNull();
            assertThat(reader.get(InetAddress.getByName("2001:db8:ffff::1"), Map.class)).isEqualTo(Map.of("country_code", "FR"));
            assertThat(reader.get(InetAddress.getByName("2001:db9::1"), Map.class)).isNull();
            assertThat(reader.get(InetAddress.getByName("203.0.113.9"), Map.class))
                    .isEqualTo(Map.of("country", Map.of("iso_code", "LU")));
        }
    }
}
