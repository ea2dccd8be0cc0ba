package org.hotline.domain.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class FingerprintsTest {

    private static final byte[] ABC = "abc".getBytes(StandardCharsets.US_ASCII);
    private static final PdqHash SOME_HASH = PdqHash.parse("5".repeat(64)).get();

    @Test
    void the_digests_are_the_standard_ones() {
        // The test vectors of RFC 1321 and FIPS 180.
        Fingerprints fingerprints = Fingerprints.ofContent(ABC);
        assertThat(fingerprints.md5().hex()).isEqualTo("900150983cd24fb0d6963f7d28e17f72");
        assertThat(fingerprints.sha1().hex()).isEqualTo("a9993e364706816aba3e25717850c26c9cd0d89d");
        assertThat(fingerprints.sha256().hex())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(fingerprints.pdq()).isEmpty();
        assertThat(fingerprints.digests().map(Digest::algorithm))
                .containsExactly(Digest.Algorithm.MD5, Digest.Algorithm.SHA1, Digest.Algorithm.SHA256);
    }

    @Test
    void a_pdq_hash_is_added_to_the_digests() {
        Fingerprints fingerprints = Fingerprints.ofContent(ABC).withPdq(new PdqFingerprint(SOME_HASH, 88));
        assertThat(fingerprints.pdq()).contains(new PdqFingerprint(SOME_HASH, 88));
        assertThat(fingerprints.sha256()).isEqualTo(Fingerprints.ofContent(ABC).sha256());
    }

    @Test
    void a_digest_in_the_wrong_place_is_refused() {
        Fingerprints good = Fingerprints.ofContent(ABC);
        assertThatThrownBy(() -> new Fingerprints(good.sha1(), good.sha1(), good.sha256(), Option.none()))
                .hasMessageContaining("md5 holds a SHA-1 digest");
        assertThatThrownBy(() -> new Fingerprints(good.md5(), good.md5(), good.sha256(), Option.none()))
                .hasMessageContaining("sha1");
        assertThatThrownBy(() -> new Fingerprints(good.md5(), good.sha1(), good.md5(), Option.none()))
                .hasMessageContaining("sha256");
        assertThatThrownBy(() -> new Fingerprints(good.md5(), good.sha1(), good.sha256(), null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void written_digests_are_read_in_either_case_and_malformed_ones_refused_with_the_reason() {
        assertThat(Digest.parse(Digest.Algorithm.MD5, " 900150983CD24FB0D6963F7D28E17F72 ").get())
                .isEqualTo(Digest.of(Digest.Algorithm.MD5, ABC));
        assertThat(Digest.parse(Digest.Algorithm.SHA1, "abc").getLeft()).isEqualTo("a SHA-1 digest has 40 hexadecimal digits, not 3");
        assertThat(Digest.parse(Digest.Algorithm.SHA256, "g".repeat(64)).getLeft()).contains("only hexadecimal digits");
        assertThat(Digest.parse(Digest.Algorithm.SHA256, " ").getLeft()).contains("required");
        assertThat(Digest.parse(Digest.Algorithm.SHA256, null).isLeft()).isTrue();
        assertThatThrownBy(() -> new Digest(Digest.Algorithm.MD5, "900150983CD24FB0D6963F7D28E17F72"))
                .hasMessageContaining("lower-case");
        assertThat(Digest.of(Digest.Algorithm.SHA256, ABC).toString()).startsWith("SHA-256:ba7816bf");
        assertThat(Digest.Algorithm.SHA256.hexDigits()).isEqualTo(64);
    }

    @Test
    void a_pdq_quality_is_0_to_100_and_hashes_below_50_are_not_matched() {
        assertThatThrownBy(() -> new PdqFingerprint(SOME_HASH, 101)).hasMessageContaining("101");
        assertThatThrownBy(() -> new PdqFingerprint(SOME_HASH, -1)).hasMessageContaining("-1");
        assertThat(new PdqFingerprint(SOME_HASH, 50).matchable()).isTrue();
        assertThat(new PdqFingerprint(SOME_HASH, 49).matchable()).isFalse();
        assertThat(new PdqFingerprint(SOME_HASH, 0).quality()).isZero();
        assertThat(new PdqFingerprint(SOME_HASH, 100).quality()).isEqualTo(100);
    }

    @Test
    void variants_need_all_eight_transforms_and_a_valid_quality() {
        var all = LinkedHashMap.<Dihedral, PdqHash>empty();
        for (Dihedral transform : Dihedral.values()) {
            all = all.put(transform, SOME_HASH);
        }
        var withoutOne = all.remove(Dihedral.FLIP_MINUS_1);
        assertThatThrownBy(() -> new PdqVariants(withoutOne, 50)).hasMessageContaining("FLIP_MINUS_1");
        var complete = all;
        assertThatThrownBy(() -> new PdqVariants(complete, 101)).hasMessageContaining("101");
        assertThatThrownBy(() -> new PdqVariants(complete, -1)).hasMessageContaining("-1");
        assertThat(new PdqVariants(complete, 100).original()).isEqualTo(new PdqFingerprint(SOME_HASH, 100));
        assertThat(new PdqVariants(complete, 0).quality()).isZero();
    }
}
