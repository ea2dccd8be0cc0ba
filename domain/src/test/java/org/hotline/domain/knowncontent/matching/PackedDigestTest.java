package org.hotline.domain.knowncontent.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.hotline.domain.fingerprint.Digest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PackedDigestTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Digest.Algorithm.class)
    void hexadecimal_digits_and_bytes_pack_to_the_same_words_and_back(Digest.Algorithm algorithm) throws Exception {
        byte[] content = "made-up content".getBytes(StandardCharsets.UTF_8);
        Digest digest = Digest.of(algorithm, content);
        byte[] bytes = MessageDigest.getInstance(algorithm.standardName()).digest(content);

        PackedDigest packed = PackedDigest.of(digest);

        assertThat(PackedDigest.of(algorithm, bytes)).isEqualTo(packed);
        assertThat(packed.digest(algorithm)).isEqualTo(digest);
    }

    @Test
    void the_first_bytes_are_the_top_of_the_first_word_and_the_rest_is_zero() {
        PackedDigest packed = PackedDigest.of(new Digest(Digest.Algorithm.SHA1, "80" + "0".repeat(36) + "01"));

        assertThat(packed.w0()).isEqualTo(Long.MIN_VALUE);
        assertThat(packed.w2()).isEqualTo(1L << 32);
        assertThat(packed.word(3)).isZero();
        assertThatThrownBy(() -> packed.word(4)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void bytes_of_the_wrong_length_are_refused() {
        assertThatThrownBy(() -> PackedDigest.of(Digest.Algorithm.SHA1, new byte[16]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a SHA-1 digest has 20 bytes, not 16");
    }

    @Test
    void an_algorithm_fills_two_three_or_four_words() {
        assertThat(PackedDigest.words(Digest.Algorithm.MD5)).isEqualTo(2);
        assertThat(PackedDigest.words(Digest.Algorithm.SHA1)).isEqualTo(3);
        assertThat(PackedDigest.words(Digest.Algorithm.SHA256)).isEqualTo(4);
    }
}
