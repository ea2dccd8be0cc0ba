package org.hotline.domain.knowncontent.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigestTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"MD5, MD5", "SHA1, SHA-1", "SHA256, SHA-256"})
    void bytes_and_written_form_read_back_to_the_same_digest(DigestAlgorithm algorithm, String javaName) throws Exception {
        byte[] bytes = MessageDigest.getInstance(javaName).digest("made-up content".getBytes(StandardCharsets.UTF_8));
        String hex = HexFormat.of().formatHex(bytes);

        Digest fromBytes = Digest.of(algorithm, bytes).get();

        assertThat(fromBytes.hex()).isEqualTo(hex);
        assertThat(Digest.parse(algorithm, hex.toUpperCase()).get()).isEqualTo(fromBytes);
        assertThat(fromBytes.toString()).isEqualTo(algorithm + ":" + hex);
    }

    @Test
    void the_first_bytes_are_the_top_of_the_first_word() {
        Digest digest = Digest.parse(DigestAlgorithm.SHA1, "80" + "0".repeat(36) + "01").get();

        assertThat(digest.w0()).isEqualTo(Long.MIN_VALUE);
        assertThat(digest.w2()).isEqualTo(1L << 32);
        assertThat(digest.word(3)).isZero();
        assertThatThrownBy(() -> digest.word(4)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void malformed_written_forms_are_refused_with_the_reason() {
        assertThat(Digest.parse(DigestAlgorithm.MD5, "abc").getLeft()).isEqualTo("an MD5 digest has 32 hexadecimal digits, not 3");
        assertThat(Digest.parse(DigestAlgorithm.SHA256, "0".repeat(40)).getLeft()).contains("64 hexadecimal digits, not 40");
        assertThat(Digest.parse(DigestAlgorithm.MD5, "0".repeat(31) + "g").getLeft()).contains("position 32");
        assertThat(Digest.parse(DigestAlgorithm.MD5, null).getLeft()).isEqualTo("a digest is required");
    }

    @Test
    void bytes_of_the_wrong_length_are_refused() {
        assertThat(Digest.of(DigestAlgorithm.SHA1, new byte[16]).getLeft()).isEqualTo("an SHA1 digest has 20 bytes, not 16");
        assertThat(Digest.of(DigestAlgorithm.SHA1, null).isLeft()).isTrue();
    }

    @Test
    void words_past_the_digest_must_be_zero() {
        assertThatThrownBy(() -> new Digest(DigestAlgorithm.MD5, 1, 1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Digest(DigestAlgorithm.SHA1, 1, 1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Digest(DigestAlgorithm.SHA1, 1, 1, 1L << 32, 0).hex()).hasSize(40);
        assertThat(new Digest(DigestAlgorithm.SHA256, -1, -1, -1, -1).hex()).isEqualTo("f".repeat(64));
    }

    @Test
    void lengths_follow_the_algorithm() {
        assertThat(DigestAlgorithm.MD5.hexDigits()).isEqualTo(32);
        assertThat(DigestAlgorithm.SHA1.bytes()).isEqualTo(20);
        assertThat(DigestAlgorithm.SHA1.words()).isEqualTo(3);
        assertThat(DigestAlgorithm.SHA256.words()).isEqualTo(4);
    }
}
