package org.hotline.domain.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PdqHashTest {

    private static final String SAMPLE = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

    @Test
    void writtenFormReadsBackToTheSameDigits() {
        assertThat(PdqHash.parse(SAMPLE).get().hex()).isEqualTo(SAMPLE);
        assertThat(PdqHash.parse(SAMPLE.toUpperCase()).get().hex()).isEqualTo(SAMPLE);
    }

    @Test
    void theFirstDigitsAreTheMostSignificantWord() {
        PdqHash hash = PdqHash.parse("8" + "0".repeat(63)).get();
        assertThat(hash.w3()).isEqualTo(Long.MIN_VALUE);
        assertThat(hash.bit(255)).isTrue();
        assertThat(hash.bit(254)).isFalse();
        PdqHash low = PdqHash.parse("0".repeat(63) + "1").get();
        assertThat(low.w0()).isEqualTo(1L);
        assertThat(low.bit(0)).isTrue();
        assertThat(low.word(0)).isEqualTo(1L);
    }

    @Test
    void distanceCountsDifferingBitsInEveryWord() {
        PdqHash zero = PdqHash.ofWords(new long[] {0, 0, 0, 0});
        PdqHash some = PdqHash.ofWords(new long[] {1, 3, 7, -1});
        assertThat(zero.distance(some)).isEqualTo(1 + 2 + 3 + 64);
        assertThat(some.distance(some)).isZero();
        assertThat(some.distance(zero)).isEqualTo(zero.distance(some));
    }

    @Test
    void malformedWrittenFormsAreRefusedWithTheReason() {
        assertThat(PdqHash.parse("abc").getLeft()).contains("64 hexadecimal digits, not 3");
        assertThat(PdqHash.parse("g" + SAMPLE.substring(1)).getLeft()).contains("position 1");
        assertThat(PdqHash.parse(null).isLeft()).isTrue();
    }

    @Test
    void bitsOutsideTheHashAreRefused() {
        PdqHash hash = PdqHash.parse(SAMPLE).get();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> hash.bit(256))
                .isInstanceOf(IndexOutOfBoundsException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> hash.word(4))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
}
