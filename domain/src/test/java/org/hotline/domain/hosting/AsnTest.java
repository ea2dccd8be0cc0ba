package org.hotline.domain.hosting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AsnTest {

    @Test
    void an_as_number_is_read_with_or_without_its_prefix_and_written_with_it() {
        assertThat(Asn.parse("AS13335")).contains(new Asn(13335));
        assertThat(Asn.parse(" as64500 ")).contains(new Asn(64500));
        assertThat(Asn.parse("4294967295")).contains(new Asn(4294967295L));
        assertThat(new Asn(13335)).hasToString("AS13335");
        assertThat(new Asn(1)).isLessThan(new Asn(2));
    }

    @ParameterizedTest(name = "''{0}'' is no AS number")
    @ValueSource(strings = {"", "AS", "ASx1", "-1", "4294967296", "12345678901", "1.5"})
    void anything_else_is_no_as_number(String text) {
        assertThat(Asn.parse(text)).isEmpty();
    }

    @Test
    void an_as_number_has_32_bits() {
        assertThat(Asn.parse(null)).isEmpty();
        assertThatThrownBy(() -> new Asn(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Asn(1L << 32)).isInstanceOf(IllegalArgumentException.class);
    }
}
