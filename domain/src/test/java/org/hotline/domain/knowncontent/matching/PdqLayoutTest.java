package org.hotline.domain.knowncontent.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PdqLayoutTest {

    @Test
    void every_planned_layout_reaches_its_distance_with_disjoint_chunks() {
        for (int size : new int[] {0, 1, 1_000, 50_000, 1_000_000, 10_000_000, 100_000_000, PdqLayout.MAX_SIZE}) {
            for (int distance : distances()) {
                PdqLayout layout = PdqLayout.plan(size, distance);
                long reach = 0;
                boolean[] used = new boolean[256];
                for (int chunk = 0; chunk < layout.chunks(); chunk++) {
                    reach += layout.radii[chunk] + 1;
                    for (int bit = layout.offsets[chunk]; bit < layout.offsets[chunk] + layout.widths[chunk]; bit++) {
                        assertThat(used[bit]).as("bit %d of %s", bit, layout).isFalse();
                        used[bit] = true;
                    }
                }
                assertThat(layout.isExhaustive() || reach >= distance + 1).as(layout.toString()).isTrue();
                assertThat(layout.indexBytesPerHash()).as(layout.toString()).isLessThanOrEqualTo(PdqLayout.INDEX_BUDGET);
            }
        }
    }

    /** Every distance up to 48, then some as far as a threshold may go. */
    private static int[] distances() {
        int[] distances = new int[53];
        for (int d = 0; d <= 48; d++) {
            distances[d] = d;
        }
        distances[49] = 63;
        distances[50] = 64;
        distances[51] = 100;
        distances[52] = PdqEntries.MAX_THRESHOLD;
        return distances;
    }

    @ParameterizedTest(name = "{0} hashes")
    @CsvSource({"1000000", "10000000", "100000000"})
    void a_large_index_within_31_bits_takes_under_100_bytes_a_hash(int size) {
        PdqLayout layout = PdqLayout.plan(size, 31);
        double stored = 4 * 8 + 8 + 1;

        assertThat(layout.isExhaustive()).isFalse();
        assertThat(stored + layout.indexBytesPerHash()).isLessThanOrEqualTo(92);
    }

    @Test
    void small_sets_are_scanned_and_large_ones_indexed() {
        assertThat(PdqLayout.plan(0, 31).isExhaustive()).isTrue();
        assertThat(PdqLayout.plan(500, 31).isExhaustive()).isTrue();
        assertThat(PdqLayout.plan(1_000_000, 31).isExhaustive()).isFalse();
        assertThat(PdqLayout.plan(1_000_000, 31).estimatedCost())
                .isLessThan(PdqLayout.exhaustive(1_000_000, 31).estimatedCost());
    }

    @Test
    void a_layout_whose_radii_fall_short_of_the_distance_is_refused() {
        assertThatThrownBy(() -> PdqLayout.of(100, 31, new int[] {0, 16}, new int[] {16, 16}, new int[] {1, 1},
                new int[] {8, 8})).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("short of");
        assertThat(PdqLayout.of(100, 3, new int[] {0, 16}, new int[] {16, 16}, new int[] {1, 1}, new int[] {8, 8})
                .chunks()).isEqualTo(2);
    }

    @Test
    void overlapping_or_misshapen_chunks_are_refused() {
        assertThatThrownBy(() -> PdqLayout.of(100, 1, new int[] {0, 8}, new int[] {16, 16}, new int[] {0, 0},
                new int[] {8, 8})).hasMessageContaining("overlap");
        assertThatThrownBy(() -> PdqLayout.of(100, 0, new int[] {250}, new int[] {16}, new int[] {0}, new int[] {8}))
                .hasMessageContaining("within the 256 bits");
        assertThatThrownBy(() -> PdqLayout.of(100, 0, new int[] {0}, new int[] {16}, new int[] {0}, new int[] {17}))
                .hasMessageContaining("directory");
        assertThatThrownBy(() -> PdqLayout.of(100, 0, new int[] {0}, new int[] {16}, new int[] {0, 1}, new int[] {8}))
                .hasMessageContaining("one offset");
        assertThatThrownBy(() -> PdqLayout.withChunks(100, 31, 33)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PdqLayout.plan(-1, 31)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PdqLayout.plan(10, 128)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_layout_that_would_probe_too_many_buckets_is_refused() {
        assertThatThrownBy(() -> PdqLayout.of(100, 20, new int[] {0}, new int[] {24}, new int[] {20}, new int[] {24}))
                .hasMessageContaining("probe more than");
        assertThat(PdqLayout.feasible(1_000_000, 31, 1)).isFalse();
        assertThat(PdqLayout.feasible(1_000_000, 31, 11)).isTrue();
    }

    @Test
    void describes_its_chunks() {
        assertThat(PdqLayout.withChunks(1_000_000, 31, 16).toString())
                .startsWith("16 chunks for 1000000 within 31: 16b/r1/d");
    }
}
