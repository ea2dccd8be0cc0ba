package org.hotline.domain.knowncontent.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.hotline.domain.fingerprint.Digest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DigestIndexTest {

    private final SplittableRandom random = new SplittableRandom(11);

    @ParameterizedTest(name = "{0}")
    @EnumSource(Digest.Algorithm.class)
    void finds_every_entry_holding_a_digest_and_nothing_else(Digest.Algorithm algorithm) {
        Map<Digest, TreeSet<Long>> expected = new HashMap<>();
        DigestEntries.Builder builder = DigestEntries.builder(algorithm, 10);
        List<Digest> digests = new ArrayList<>();
        for (long entry = 0; entry < 12_000; entry++) {
            // Every third digest is one seen before (on several lists); a run of them share their first word.
            Digest digest = entry % 3 == 0 && !digests.isEmpty() ? digests.get(random.nextInt(digests.size()))
                    : entry % 7 == 0 ? sharingFirstWord(algorithm) : anyDigest(algorithm);
            digests.add(digest);
            builder.add(digest, entry);
            expected.computeIfAbsent(digest, d -> new TreeSet<>()).add(entry);
        }

        DigestIndex index = DigestIndex.of(builder.build());

        for (Digest digest : digests) {
            assertThat(index.entriesOf(digest)).containsExactly(expected.get(digest).stream().mapToLong(Long::longValue).toArray());
        }
        for (int i = 0; i < 1_000; i++) {
            assertThat(index.entriesOf(anyDigest(algorithm))).isEmpty();
            Digest crowded = sharingFirstWord(algorithm);
            assertThat(index.contains(crowded)).isEqualTo(expected.containsKey(crowded));
        }
    }

    @Test
    void an_empty_index_holds_nothing() {
        Digest digest = anyDigest(Digest.Algorithm.MD5);

        assertThat(DigestIndex.empty(Digest.Algorithm.MD5).entriesOf(digest)).isEmpty();
        assertThat(DigestIndex.empty(Digest.Algorithm.MD5).algorithm()).isEqualTo(Digest.Algorithm.MD5);
    }

    @Test
    void a_digest_of_another_algorithm_is_never_found() {
        Digest md5 = anyDigest(Digest.Algorithm.MD5);
        DigestIndex index = DigestIndex.of(DigestEntries.builder(Digest.Algorithm.MD5, 1).add(md5, 1).build());
        Digest sameStart = new Digest(Digest.Algorithm.SHA256, md5.hex() + "0".repeat(32));

        assertThat(index.entriesOf(md5)).containsExactly(1L);
        assertThat(index.entriesOf(sameStart)).isEmpty();
        assertThatThrownBy(() -> DigestEntries.builder(Digest.Algorithm.SHA1, 1).add(md5, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.with(DigestEntries.builder(Digest.Algorithm.SHA1, 1).build()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void additions_and_retractions_are_seen_at_once_and_survive_compaction() {
        Digest.Algorithm sha1 = Digest.Algorithm.SHA1;
        Digest kept = anyDigest(sha1);
        Digest retracted = anyDigest(sha1);
        Digest added = anyDigest(sha1);
        DigestIndex index = DigestIndex.of(DigestEntries.builder(sha1, 2).add(kept, 1).add(retracted, 2).build());

        DigestIndex changed = index.with(DigestEntries.builder(sha1, 2).add(added, 3).add(kept, 4).build()).without(2);

        for (DigestIndex state : List.of(changed, changed.compacted())) {
            assertThat(state.entriesOf(kept)).containsExactly(1L, 4L);
            assertThat(state.entriesOf(retracted)).isEmpty();
            assertThat(state.entriesOf(added)).containsExactly(3L);
        }
        assertThat(index.entriesOf(retracted)).containsExactly(2L);
        assertThat(changed.compacted().statistics()).isEqualTo(new DigestIndex.Statistics(3, 0, 0,
                changed.compacted().statistics().bytes()));
        assertThat(changed.wantsCompaction()).isFalse();
    }

    @Test
    void an_entry_added_again_moves_to_its_new_digest() {
        Digest before = anyDigest(Digest.Algorithm.MD5);
        Digest after = anyDigest(Digest.Algorithm.MD5);
        DigestIndex index = DigestIndex.of(DigestEntries.builder(Digest.Algorithm.MD5, 1).add(before, 7).build());

        DigestIndex moved = index.with(DigestEntries.builder(Digest.Algorithm.MD5, 1).add(after, 7).build());

        assertThat(moved.entriesOf(before)).isEmpty();
        assertThat(moved.entriesOf(after)).containsExactly(7L);
    }

    @Test
    void takes_the_digest_and_the_entry_and_little_more() {
        DigestEntries.Builder builder = DigestEntries.builder(Digest.Algorithm.MD5, 1 << 16);
        for (int i = 0; i < 1 << 16; i++) {
            builder.add(anyDigest(Digest.Algorithm.MD5), i);
        }

        DigestIndex.Statistics statistics = DigestIndex.of(builder.build()).statistics();

        assertThat(statistics.baseDigests()).isEqualTo(1 << 16);
        assertThat(statistics.bytesPerDigest()).isBetween(24.0, 26.1);
        assertThat(DigestIndex.empty(Digest.Algorithm.MD5).statistics().bytesPerDigest()).isZero();
    }

    @Test
    void digests_given_as_bytes_are_found_by_their_written_form() {
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        DigestIndex index = DigestIndex.of(DigestEntries.builder(Digest.Algorithm.SHA1, 1).add(bytes, 3).build());

        assertThat(index.entriesOf(new Digest(Digest.Algorithm.SHA1, HexFormat.of().formatHex(bytes))))
                .containsExactly(3L);
        assertThatThrownBy(() -> DigestEntries.builder(Digest.Algorithm.SHA1, 1).add(new byte[16], 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stored_digests_read_back_as_they_were_added() {
        Digest digest = anyDigest(Digest.Algorithm.SHA1);
        DigestEntries entries = DigestEntries.builder(Digest.Algorithm.SHA1, 0).add(digest, 5).build();

        assertThat(entries.digest(0)).isEqualTo(digest);
        assertThat(entries.entry(0)).isEqualTo(5);
        assertThat(entries.algorithm()).isEqualTo(Digest.Algorithm.SHA1);
        assertThatThrownBy(() -> entries.entry(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> DigestEntries.builder(Digest.Algorithm.MD5, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    private Digest anyDigest(Digest.Algorithm algorithm) {
        byte[] bytes = new byte[PackedDigest.bytes(algorithm)];
        random.nextBytes(bytes);
        return PackedDigest.of(algorithm, bytes).digest(algorithm);
    }

    /** A digest whose first eight bytes are zero, as a list of crafted digests could have: one crowded bucket. */
    private Digest sharingFirstWord(Digest.Algorithm algorithm) {
        byte[] bytes = new byte[PackedDigest.bytes(algorithm)];
        random.nextBytes(bytes);
        Arrays.fill(bytes, 0, 8, (byte) 0);
        bytes[8] = (byte) random.nextInt(2);
        return PackedDigest.of(algorithm, bytes).digest(algorithm);
    }
}
