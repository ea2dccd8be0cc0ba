package org.hotline.domain.knowncontent.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.hotline.domain.fingerprint.Digest;
import org.hotline.domain.fingerprint.PdqHash;
import org.hotline.domain.knowncontent.matching.PdqFixtures.Stored;

/**
 * Properties over generated cases (jqwik, with fixed seeds so that every run tries the same cases): any layout whose
 * radii reach the distance finds what a full comparison finds, on data crowded around a few centres so that buckets
 * fill unevenly; and any sequence of additions, retractions and compactions leaves the indexes equal to a plain model
 * of what is live.
 */
class MatchingProperties {

    @Property(tries = 80, seed = "20240613")
    void any_layout_whose_radii_reach_the_distance_finds_what_a_full_scan_finds(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 40) int distance) {
        SplittableRandom random = new SplittableRandom(seed);
        PdqFixtures fixtures = new PdqFixtures(seed);
        List<PdqHash> centres = centres(fixtures, 1 + random.nextInt(5));
        List<Stored> stored = new ArrayList<>();
        int size = 200 + random.nextInt(2_500);
        for (int i = 0; i < size; i++) {
            PdqHash hash = random.nextInt(4) == 0 ? fixtures.anyHash()
                    : fixtures.flipped(centres.get(random.nextInt(centres.size())), random.nextInt(distance + 6));
            stored.add(new Stored(hash, random.nextInt(size * 2), random.nextInt(distance + 1)));
        }
        PdqEntries entries = PdqFixtures.entries(stored);
        PdqLayout layout = anyLayout(random, entries.size(), Math.max(0, entries.maxThreshold()));
        PdqIndex index = PdqIndex.laidOut(entries, layout);

        for (int q = 0; q < 12; q++) {
            PdqQuery query = queryNear(random, fixtures, centres, distance);
            assertThat(index.matches(query).asJava()).as(layout.toString()).isEqualTo(PdqFixtures.reference(stored, query));
        }
    }

    @Property(tries = 20, seed = "20240614")
    void changes_in_any_order_leave_the_pdq_index_equal_to_a_scan_of_what_is_live(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        PdqFixtures fixtures = new PdqFixtures(seed);
        List<PdqHash> centres = centres(fixtures, 3);
        Map<Long, Stored> live = new LinkedHashMap<>();
        for (long entry = 0; entry < 1_500; entry++) {
            live.put(entry, new Stored(near(random, fixtures, centres), entry, 31));
        }
        PdqEntries initial = PdqFixtures.entries(new ArrayList<>(live.values()));
        PdqIndex index = PdqIndex.laidOut(initial, PdqLayout.withChunks(initial.size(), 31, 8 + random.nextInt(9)));

        for (int step = 0; step < 25; step++) {
            index = applyAnyPdqChange(random, fixtures, centres, live, index);
            for (int q = 0; q < 3; q++) {
                PdqQuery query = queryNear(random, fixtures, centres, 31);
                assertThat(index.matches(query).asJava()).isEqualTo(PdqFixtures.reference(live.values(), query));
            }
        }
    }

    @Property(tries = 25, seed = "20240615")
    void changes_in_any_order_leave_the_digest_index_equal_to_a_map_of_what_is_live(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Digest> digests = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            digests.add(new PackedDigest(random.nextLong(), random.nextLong(), random.nextLong(), i)
                    .digest(Digest.Algorithm.SHA256));
        }
        Map<Long, Digest> live = new HashMap<>();
        DigestIndex index = DigestIndex.empty(Digest.Algorithm.SHA256);
        for (int step = 0; step < 40; step++) {
            int change = random.nextInt(5);
            if (change < 3) {
                Map<Long, Digest> added = new HashMap<>();
                for (int i = random.nextInt(30); i >= 0; i--) {
                    added.put((long) random.nextInt(400), digests.get(random.nextInt(digests.size())));
                }
                DigestEntries.Builder batch = DigestEntries.builder(Digest.Algorithm.SHA256, added.size());
                added.forEach((entry, digest) -> batch.add(digest, entry));
                live.putAll(added);
                index = index.with(batch.build());
            } else if (change == 3) {
                long[] gone = random.longs(1 + random.nextInt(20), 0, 450).toArray();
                index = index.without(gone);
                for (long entry : gone) {
                    live.remove(entry);
                }
            } else {
                index = index.compacted();
            }
            Map<Digest, TreeSet<Long>> holders = new HashMap<>();
            live.forEach((entry, digest) -> holders.computeIfAbsent(digest, d -> new TreeSet<>()).add(entry));
            for (Digest digest : digests) {
                long[] expected = holders.getOrDefault(digest, new TreeSet<>()).stream().mapToLong(Long::longValue).toArray();
                assertThat(index.entriesOf(digest)).containsExactly(expected);
            }
        }
    }

    private static PdqIndex applyAnyPdqChange(SplittableRandom random, PdqFixtures fixtures, List<PdqHash> centres,
            Map<Long, Stored> live, PdqIndex index) {
        int change = random.nextInt(5);
        if (change < 2) {
            List<Stored> batch = new ArrayList<>();
            Map<Long, Stored> added = new LinkedHashMap<>();
            for (int i = random.nextInt(60); i >= 0; i--) {
                long entry = random.nextInt(2_000);
                added.put(entry, new Stored(near(random, fixtures, centres), entry, random.nextInt(32)));
            }
            batch.addAll(added.values());
            live.putAll(added);
            return index.with(PdqFixtures.entries(batch));
        }
        if (change < 4) {
            long[] gone = random.longs(1 + random.nextInt(80), 0, 2_100).toArray();
            for (long entry : gone) {
                live.remove(entry);
            }
            return index.without(gone);
        }
        return index.compacted();
    }

    /** Chunks of random widths at random places, radii sharing at least {@code distance + 1}, any directory size. */
    private static PdqLayout anyLayout(SplittableRandom random, int size, int distance) {
        int chunks = Math.min(distance + 1, Math.max((distance + 5) / 5, 1 + random.nextInt(12)));
        int[] widths = new int[chunks];
        int[] offsets = new int[chunks];
        int[] radii = new int[chunks];
        int[] directoryBits = new int[chunks];
        int positionBits = Math.max(1, PdqLayout.ceilLog2(size));
        int free = 256;
        for (int i = 0; i < chunks; i++) {
            widths[i] = 5 + random.nextInt(Math.min(PdqLayout.MAX_WIDTH, 256 / chunks) - 4);
            free -= widths[i];
        }
        int bit = 0;
        for (int i = 0; i < chunks; i++) {
            int gap = free == 0 ? 0 : random.nextInt(free / chunks + 1);
            free -= gap;
            offsets[i] = bit + gap;
            bit = offsets[i] + widths[i];
        }
        for (int share = Math.min(distance + 1 - chunks + random.nextInt(2), 4 * chunks); share > 0; share--) {
            int chunk = random.nextInt(chunks);
            if (radii[chunk] < 4) {
                radii[chunk]++;
            } else {
                share++;
            }
        }
        for (int i = 0; i < chunks; i++) {
            int lowest = Math.max(1, widths[i] - (32 - positionBits));
            directoryBits[i] = lowest + random.nextInt(Math.min(widths[i], 16) - lowest + 1);
        }
        return PdqLayout.of(size, distance, offsets, widths, radii, directoryBits);
    }

    private static List<PdqHash> centres(PdqFixtures fixtures, int count) {
        List<PdqHash> centres = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            centres.add(fixtures.anyHash());
        }
        return centres;
    }

    private static PdqHash near(SplittableRandom random, PdqFixtures fixtures, List<PdqHash> centres) {
        return fixtures.flipped(centres.get(random.nextInt(centres.size())), random.nextInt(40));
    }

    private static PdqQuery queryNear(SplittableRandom random, PdqFixtures fixtures, List<PdqHash> centres, int distance) {
        List<PdqHash> variants = new ArrayList<>();
        for (int v = 1 + random.nextInt(PdqQuery.MAX_VARIANTS); v > 0; v--) {
            variants.add(random.nextInt(3) == 0 ? fixtures.anyHash()
                    : fixtures.flipped(centres.get(random.nextInt(centres.size())), random.nextInt(distance + 6)));
        }
        return PdqFixtures.query(variants);
    }
}
