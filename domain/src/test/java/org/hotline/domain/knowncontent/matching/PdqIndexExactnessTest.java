package org.hotline.domain.knowncontent.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.hotline.domain.fingerprint.PdqHash;
import org.hotline.domain.knowncontent.matching.PdqFixtures.Stored;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The index finds exactly what comparing every stored hash finds: on random data with neighbours planted at every
 * distance from 0 to 33 around queries of eight hashes, and at the edge of the pigeonhole argument, chunk by chunk.
 */
class PdqIndexExactnessTest {

    private static final int RANDOM_HASHES = 20_000;
    private static final int QUERIES = 48;
    private static final int FARTHEST_PLANTED = 33;

    /** Layouts of 8 to 16 chunks, as the planner would cut them for larger indexes. */
    static Stream<Integer> chunkCounts() {
        return IntStream.rangeClosed(8, 16).boxed();
    }

    @ParameterizedTest(name = "{0} chunks")
    @MethodSource("chunkCounts")
    void finds_exactly_what_a_full_scan_finds_with_neighbours_planted_at_every_distance(int chunks) {
        PdqFixtures fixtures = new PdqFixtures(1300 + chunks);
        List<Stored> stored = new ArrayList<>();
        for (int i = 0; i < RANDOM_HASHES; i++) {
            stored.add(new Stored(fixtures.anyHash(), i, PdqEntries.DEFAULT_THRESHOLD));
        }
        List<PdqQuery> queries = plantedQueries(fixtures, stored);
        PdqEntries entries = PdqFixtures.entries(stored);
        PdqIndex index = PdqIndex.laidOut(entries, PdqLayout.withChunks(entries.size(), 31, chunks));

        int found = 0;
        for (PdqQuery query : queries) {
            List<PdqMatch> expected = PdqFixtures.reference(stored, query);
            assertThat(index.matches(query).asJava()).isEqualTo(expected);
            found += expected.size();
        }
        assertThat(found).as("every planted neighbour within 31 bits is a match").isGreaterThanOrEqualTo(QUERIES * 32);
    }

    @ParameterizedTest(name = "{0} chunks")
    @MethodSource("chunkCounts")
    void finds_a_neighbour_that_only_one_chunk_can_find_and_nothing_one_bit_further(int chunks) {
        PdqFixtures fixtures = new PdqFixtures(2600 + chunks);
        PdqLayout layout = PdqLayout.withChunks(64, 31, chunks);
        PdqHash query = fixtures.anyHash();
        List<Stored> stored = new ArrayList<>();
        for (int only = 0; only < chunks; only++) {
            // Every chunk one bit past its radius except chunk `only`, which is at its radius: 31 bits in all.
            stored.add(new Stored(PdqFixtures.flippedAt(query, edgeBits(layout, only, 0)), only, 31));
            stored.add(new Stored(PdqFixtures.flippedAt(query, edgeBits(layout, only, 1)), 100 + only, 31));
        }
        PdqEntries entries = PdqFixtures.entries(stored);
        PdqQuery single = PdqFixtures.query(List.of(query));

        List<PdqMatch> matches = PdqIndex.laidOut(entries, PdqLayout.withChunks(entries.size(), 31, chunks))
                .matches(single).asJava();

        assertThat(matches).isEqualTo(PdqFixtures.reference(stored, single));
        assertThat(matches).extracting(PdqMatch::entry)
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, chunks).mapToObj(i -> (long) i).toList());
        assertThat(matches).allSatisfy(match -> assertThat(match.distance()).isEqualTo(31));
    }

    @ParameterizedTest(name = "{0} hashes")
    @MethodSource("sizes")
    void the_planned_layout_finds_exactly_what_a_full_scan_finds_at_every_size(int size) {
        PdqFixtures fixtures = new PdqFixtures(3900 + size);
        List<Stored> stored = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            stored.add(new Stored(fixtures.anyHash(), i, PdqEntries.DEFAULT_THRESHOLD));
        }
        List<PdqQuery> queries = plantedQueries(fixtures, stored);
        PdqIndex index = PdqIndex.of(PdqFixtures.entries(stored));

        for (PdqQuery query : queries) {
            assertThat(index.matches(query).asJava()).isEqualTo(PdqFixtures.reference(stored, query));
        }
    }

    static Stream<Integer> sizes() {
        return Stream.of(0, 1, 100, 5_000, 40_000);
    }

    /**
     * Queries of eight random hashes; around each, one stored hash at every distance from 0 to 33 from one of its
     * hashes (taken in turn), so the matches span every distance the default threshold allows and two beyond.
     */
    private static List<PdqQuery> plantedQueries(PdqFixtures fixtures, List<Stored> stored) {
        List<PdqQuery> queries = new ArrayList<>();
        for (int q = 0; q < QUERIES; q++) {
            PdqQuery query = fixtures.anyQuery(PdqQuery.MAX_VARIANTS);
            for (int distance = 0; distance <= FARTHEST_PLANTED; distance++) {
                PdqHash near = query.variants().get(distance % PdqQuery.MAX_VARIANTS);
                stored.add(new Stored(fixtures.flipped(near, distance), 1_000_000L + stored.size(),
                        PdqEntries.DEFAULT_THRESHOLD));
            }
            queries.add(query);
        }
        return queries;
    }

    /** Bits to flip: each chunk's radius plus one, except chunk {@code only}, which gets its radius plus {@code extra}. */
    private static List<Integer> edgeBits(PdqLayout layout, int only, int extra) {
        List<Integer> bits = new ArrayList<>();
        for (int chunk = 0; chunk < layout.chunks(); chunk++) {
            int count = layout.radii[chunk] + (chunk == only ? extra : 1);
            for (int i = 0; i < count; i++) {
                bits.add(layout.offsets[chunk] + i);
            }
        }
        return bits;
    }
}
