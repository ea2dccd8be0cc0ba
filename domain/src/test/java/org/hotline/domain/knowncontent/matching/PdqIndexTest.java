package org.hotline.domain.knowncontent.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.vavr.collection.HashMap;
import org.hotline.domain.fingerprint.Dihedral;
import org.hotline.domain.fingerprint.PdqFingerprint;
import org.hotline.domain.fingerprint.PdqHash;
import org.hotline.domain.fingerprint.PdqVariants;
import org.hotline.domain.knowncontent.matching.PdqFixtures.Stored;
import org.junit.jupiter.api.Test;

class PdqIndexTest {

    private final PdqFixtures fixtures = new PdqFixtures(7);

    @Test
    void finds_a_stored_hash_at_every_distance_up_to_its_threshold_and_none_beyond() {
        PdqHash query = fixtures.anyHash();
        List<Stored> stored = new ArrayList<>();
        for (int distance = 0; distance <= 40; distance++) {
            stored.add(new Stored(fixtures.flipped(query, distance), distance, PdqEntries.DEFAULT_THRESHOLD));
        }

        List<PdqMatch> matches = indexOf(stored).matches(single(query)).asJava();

        assertThat(matches).extracting(PdqMatch::distance).containsExactlyElementsOf(range(0, 31));
        assertThat(matches).extracting(PdqMatch::entry).containsExactlyElementsOf(range(0, 31).stream().map(Integer::longValue).toList());
    }

    @Test
    void each_hash_matches_within_its_own_lists_threshold() {
        PdqHash query = fixtures.anyHash();
        List<Stored> stored = List.of(
                new Stored(fixtures.flipped(query, 0), 1, 0),
                new Stored(fixtures.flipped(query, 1), 2, 0),
                new Stored(fixtures.flipped(query, 10), 3, 10),
                new Stored(fixtures.flipped(query, 11), 4, 10),
                new Stored(fixtures.flipped(query, 40), 5, 40),
                new Stored(fixtures.flipped(query, 41), 6, 40));

        assertThat(indexOf(stored).matches(single(query))).extracting(PdqMatch::entry).containsExactly(1L, 3L, 5L);
    }

    @Test
    void reports_the_nearest_of_the_query_hashes_and_its_distance() {
        PdqHash upright = fixtures.anyHash();
        PdqHash turned = fixtures.anyHash();
        List<Stored> stored = List.of(new Stored(fixtures.flipped(turned, 4), 9, PdqEntries.DEFAULT_THRESHOLD));
        PdqQuery query = PdqFixtures.query(List.of(upright, fixtures.flipped(turned, 20), turned));

        assertThat(indexOf(stored).matches(query)).containsExactly(new PdqMatch(9, 4, 2));
    }

    @Test
    void finds_each_entry_once_nearest_first() {
        PdqHash query = fixtures.anyHash();
        List<Stored> stored = List.of(
                new Stored(fixtures.flipped(query, 12), 30, 31),
                new Stored(fixtures.flipped(query, 3), 20, 31),
                new Stored(fixtures.flipped(query, 3), 10, 31));

        assertThat(indexOf(stored).matches(PdqFixtures.query(List.of(query, query))))
                .containsExactly(new PdqMatch(10, 3, 0), new PdqMatch(20, 3, 0), new PdqMatch(30, 12, 0));
    }

    @Test
    void an_empty_index_finds_nothing() {
        assertThat(PdqIndex.empty().matches(single(fixtures.anyHash()))).isEmpty();
        assertThat(PdqIndex.of(PdqEntries.empty()).matches(single(fixtures.anyHash()))).isEmpty();
    }

    @Test
    void an_added_entry_is_found_and_the_base_is_left_as_it_was() {
        PdqHash query = fixtures.anyHash();
        PdqIndex index = indexOf(List.of(new Stored(fixtures.flipped(query, 5), 1, 31)));

        PdqIndex added = index.with(PdqFixtures.entries(List.of(new Stored(fixtures.flipped(query, 2), 2, 31))));

        assertThat(added.matches(single(query))).extracting(PdqMatch::entry).containsExactly(2L, 1L);
        assertThat(index.matches(single(query))).extracting(PdqMatch::entry).containsExactly(1L);
        assertThat(added.statistics().baseHashes()).isEqualTo(1);
        assertThat(added.statistics().deltaHashes()).isEqualTo(1);
    }

    @Test
    void a_retracted_entry_is_no_longer_found_whether_in_the_base_or_added_since() {
        PdqHash query = fixtures.anyHash();
        PdqIndex index = indexOf(List.of(new Stored(fixtures.flipped(query, 5), 1, 31), new Stored(query, 2, 31)))
                .with(PdqFixtures.entries(List.of(new Stored(fixtures.flipped(query, 7), 3, 31))));

        PdqIndex retracted = index.without(1, 3);

        assertThat(retracted.matches(single(query))).extracting(PdqMatch::entry).containsExactly(2L);
        assertThat(retracted.statistics().deltaHashes()).isZero();
        assertThat(index.matches(single(query))).hasSize(3);
    }

    @Test
    void adding_an_entry_again_replaces_its_hash_and_threshold() {
        PdqHash query = fixtures.anyHash();
        PdqHash elsewhere = fixtures.anyHash();
        PdqIndex index = indexOf(List.of(new Stored(fixtures.flipped(query, 5), 1, 31)));

        PdqIndex moved = index.with(PdqFixtures.entries(List.of(new Stored(elsewhere, 1, 31))))
                .with(PdqFixtures.entries(List.of(new Stored(fixtures.flipped(elsewhere, 8), 1, 10))));

        assertThat(moved.matches(single(query))).isEmpty();
        assertThat(moved.matches(single(elsewhere))).containsExactly(new PdqMatch(1, 8, 0));
        assertThat(moved.statistics().deltaHashes()).isEqualTo(1);
    }

    @Test
    void a_batch_naming_an_entry_twice_is_refused() {
        PdqHash hash = fixtures.anyHash();
        PdqEntries twice = PdqFixtures.entries(List.of(new Stored(hash, 1, 31), new Stored(fixtures.anyHash(), 1, 31)));

        assertThatThrownBy(() -> PdqIndex.empty().with(twice)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice");
    }

    @Test
    void an_entry_retracted_and_added_again_is_found_with_its_new_hash() {
        PdqHash query = fixtures.anyHash();
        PdqIndex index = indexOf(List.of(new Stored(query, 1, 31))).without(1);

        PdqIndex back = index.with(PdqFixtures.entries(List.of(new Stored(fixtures.flipped(query, 6), 1, 31))));

        assertThat(back.matches(single(query))).containsExactly(new PdqMatch(1, 6, 0));
    }

    @Test
    void retracting_or_adding_nothing_changes_nothing() {
        PdqHash query = fixtures.anyHash();
        PdqIndex index = indexOf(List.of(new Stored(query, 1, 31)));

        assertThat(index.without()).isSameAs(index);
        assertThat(index.with(PdqEntries.empty())).isSameAs(index);
        assertThat(index.without(99).matches(single(query))).containsExactly(new PdqMatch(1, 0, 0));
        assertThat(index.compacted()).isSameAs(index);
    }

    @Test
    void compaction_keeps_exactly_the_live_entries_in_one_base() {
        PdqHash query = fixtures.anyHash();
        PdqIndex index = indexOf(List.of(new Stored(query, 1, 31), new Stored(fixtures.flipped(query, 3), 2, 31)))
                .with(PdqFixtures.entries(List.of(new Stored(fixtures.flipped(query, 4), 3, 31),
                        new Stored(fixtures.flipped(query, 9), 2, 31))))
                .without(1);

        PdqIndex compacted = index.compacted();

        assertThat(compacted.matches(single(query))).isEqualTo(index.matches(single(query)));
        assertThat(compacted.matches(single(query))).containsExactly(new PdqMatch(3, 4, 0), new PdqMatch(2, 9, 0));
        assertThat(compacted.statistics()).extracting(PdqIndex.Statistics::baseHashes,
                PdqIndex.Statistics::deltaHashes, PdqIndex.Statistics::retractions).containsExactly(2, 0, 0);
    }

    @Test
    void asks_for_compaction_once_the_additions_outgrow_their_share_of_the_base() {
        PdqEntries.Builder batch = PdqEntries.builder(Layers.SMALL_DELTA + 1);
        for (int i = 0; i < Layers.SMALL_DELTA; i++) {
            batch.add(fixtures.anyHash(), i, 31);
        }
        PdqIndex atTheLimit = PdqIndex.empty().with(batch.build());
        PdqIndex past = atTheLimit.with(PdqFixtures.entries(List.of(new Stored(fixtures.anyHash(), -1, 31))));

        assertThat(atTheLimit.wantsCompaction()).isFalse();
        assertThat(past.wantsCompaction()).isTrue();
        assertThat(past.compacted().wantsCompaction()).isFalse();
        assertThat(past.compacted().statistics().baseHashes()).isEqualTo(Layers.SMALL_DELTA + 1);
    }

    @Test
    void counts_the_bytes_of_its_arrays() {
        List<Stored> stored = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            stored.add(new Stored(fixtures.anyHash(), i, 31));
        }

        PdqIndex.Statistics exhaustive = PdqIndex.exhaustive(PdqFixtures.entries(stored)).statistics();

        assertThat(exhaustive.bytes()).isEqualTo(1000L * (32 + 8 + 1));
        assertThat(exhaustive.bytesPerHash()).isEqualTo(41.0);
        assertThat(exhaustive.layout()).isEqualTo("exhaustive scan of 1000");
        assertThat(PdqIndex.empty().statistics().bytesPerHash()).isZero();
    }

    @Test
    void a_hash_of_low_quality_is_not_looked_up() {
        PdqHash hash = fixtures.anyHash();

        assertThat(PdqQuery.of(List.of(hash), 49).getLeft()).isEqualTo(new PdqQuery.LowQuality(49));
        assertThat(PdqQuery.of(List.of(hash), 49).getLeft().minimum()).isEqualTo(50);
        assertThat(PdqQuery.of(List.of(hash), 50).get().variants()).containsExactly(hash);
        assertThatThrownBy(() -> PdqQuery.of(List.of(hash), 101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PdqQuery.of(List.of(hash), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_picture_is_looked_up_with_its_dihedral_variants_and_a_match_names_the_nearest() {
        Map<Dihedral, PdqHash> hashes = new EnumMap<>(Dihedral.class);
        for (Dihedral transform : Dihedral.values()) {
            hashes.put(transform, fixtures.anyHash());
        }
        PdqVariants variants = new PdqVariants(HashMap.ofAll(hashes), 90);
        PdqHash turned = variants.hash(Dihedral.ROTATE_90);
        PdqIndex index = indexOf(List.of(new Stored(fixtures.flipped(turned, 6), 5, 31)));

        List<PdqMatch> matches = index.matches(PdqQuery.of(variants).get()).asJava();

        assertThat(matches).containsExactly(new PdqMatch(5, 6, Dihedral.ROTATE_90.ordinal()));
        assertThat(PdqQuery.of(new PdqVariants(HashMap.ofAll(hashes), 30)).isLeft()).isTrue();
        assertThat(index.matches(PdqQuery.of(new PdqFingerprint(turned, 50)).get())).containsExactly(new PdqMatch(5, 6, 0));
        assertThat(PdqQuery.of(new PdqFingerprint(turned, 49)).getLeft()).isEqualTo(new PdqQuery.LowQuality(49));
    }

    @Test
    void a_query_has_one_to_eight_hashes() {
        List<PdqHash> nine = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            nine.add(fixtures.anyHash());
        }

        assertThatThrownBy(() -> PdqFixtures.query(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PdqFixtures.query(nine)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PdqFixtures.query(nine.subList(0, 8)).variants()).hasSize(8);
    }

    @Test
    void thresholds_outside_0_to_127_are_refused() {
        PdqEntries.Builder builder = PdqEntries.builder(1);

        assertThatThrownBy(() -> builder.add(fixtures.anyHash(), 1, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.add(fixtures.anyHash(), 1, 128)).isInstanceOf(IllegalArgumentException.class);
        assertThat(builder.add(fixtures.anyHash(), 1, 127).build().maxThreshold()).isEqualTo(127);
    }

    @Test
    void a_builder_builds_once_and_grows_past_its_expected_size() {
        PdqEntries.Builder builder = PdqEntries.builder(0);
        for (int i = 0; i < 100; i++) {
            builder.add(fixtures.anyHash(), i, 31);
        }
        PdqEntries entries = builder.build();

        assertThat(entries.size()).isEqualTo(100);
        assertThat(entries.entry(99)).isEqualTo(99);
        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> entries.entry(100)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> PdqEntries.builder(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stored_hashes_read_back_as_they_were_added() {
        PdqHash hash = fixtures.anyHash();
        PdqEntries entries = PdqFixtures.entries(List.of(new Stored(hash, 42, 17)));

        assertThat(entries.hash(0)).isEqualTo(hash);
        assertThat(entries.entry(0)).isEqualTo(42);
        assertThat(entries.threshold(0)).isEqualTo(17);
        assertThat(PdqEntries.empty().maxThreshold()).isEqualTo(-1);
    }

    private static PdqIndex indexOf(List<Stored> stored) {
        return PdqIndex.of(PdqFixtures.entries(stored));
    }

    private static PdqQuery single(PdqHash hash) {
        return PdqFixtures.query(List.of(hash));
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> values = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            values.add(i);
        }
        return values;
    }
}
