package org.hotline.domain.knowncontent.matching;

/**
 * Stored PDQ hashes with the tables of a layout: a multi-index, or none for an exhaustive scan. Immutable.
 */
final class PdqSegment {

    private static final PdqSegment EMPTY = new PdqSegment(PdqEntries.empty(), PdqLayout.exhaustive(0, 0));

    final PdqEntries entries;
    final PdqLayout layout;
    private final ChunkTable[] tables;
    private final long[] words;
    private final byte[] thresholds;
    private final int maxDistance;

    private PdqSegment(PdqEntries entries, PdqLayout layout) {
        if (layout.size != entries.size || layout.maxDistance < entries.maxThreshold()) {
            throw new IllegalArgumentException("a layout for " + layout.size + " hashes within " + layout.maxDistance
                    + " cannot index " + entries.size + " hashes with thresholds up to " + entries.maxThreshold());
        }
        this.entries = entries;
        this.layout = layout;
        this.words = entries.words;
        this.thresholds = entries.thresholds;
        this.maxDistance = layout.maxDistance;
        this.tables = new ChunkTable[layout.chunks()];
        long[] scratch = tables.length == 0 ? null : new long[entries.size];
        for (int chunk = 0; chunk < tables.length; chunk++) {
            tables[chunk] = ChunkTable.build(entries, layout, chunk, scratch);
        }
    }

    static PdqSegment empty() {
        return EMPTY;
    }

    /** These hashes under the cheapest layout for their number and largest threshold. */
    static PdqSegment planned(PdqEntries entries) {
        return entries.isEmpty() ? EMPTY : new PdqSegment(entries, PdqLayout.plan(entries.size, entries.maxThreshold()));
    }

    /** These hashes under a given layout. */
    static PdqSegment laidOut(PdqEntries entries, PdqLayout layout) {
        return new PdqSegment(entries, layout);
    }

    int size() {
        return entries.size;
    }

    /** Adds to {@code hits} every stored hash within its threshold of one of the query's hashes. */
    void search(long[] query, int variants, PdqHits hits, RetractedEntries retracted) {
        if (entries.isEmpty()) {
            return;
        }
        if (tables.length == 0) {
            scan(query, variants, hits, retracted);
            return;
        }
        ChunkTable.Scratch scratch = new ChunkTable.Scratch();
        for (int variant = 0; variant < variants; variant++) {
            for (ChunkTable table : tables) {
                table.probe(this, query, variant, scratch, hits, retracted);
            }
        }
    }

    /** Compares candidates with one query hash, after reading the first word of each so the reads overlap. */
    void verifyAll(int[] positions, int count, long[] query, int variant, ChunkTable.Scratch scratch, PdqHits hits,
            RetractedEntries retracted) {
        long touched = 0;
        for (int c = 0; c < count; c++) {
            touched += words[positions[c] << 2];
        }
        scratch.sink += touched;
        for (int c = 0; c < count; c++) {
            verify(positions[c], query, variant, hits, retracted);
        }
    }

    /** Compares a candidate with one query hash, two words first: most candidates are rejected there. */
    void verify(int position, long[] query, int variant, PdqHits hits, RetractedEntries retracted) {
        int base = position << 2;
        int q = variant << 2;
        int distance = Long.bitCount(words[base] ^ query[q]) + Long.bitCount(words[base + 1] ^ query[q + 1]);
        if (distance > maxDistance) {
            return;
        }
        distance += Long.bitCount(words[base + 2] ^ query[q + 2]) + Long.bitCount(words[base + 3] ^ query[q + 3]);
        if (distance <= thresholds[position]) {
            accept(position, distance, variant, hits, retracted);
        }
    }

    long bytes() {
        long bytes = entries.bytes();
        for (ChunkTable table : tables) {
            bytes += table.bytes();
        }
        return bytes;
    }

    /** Every stored hash against every query hash, each stored hash read once, two words first. */
    private void scan(long[] query, int variants, PdqHits hits, RetractedEntries retracted) {
        int size = entries.size;
        for (int position = 0; position < size; position++) {
            int base = position << 2;
            long w0 = words[base];
            long w1 = words[base + 1];
            for (int variant = 0, q = 0; variant < variants; variant++, q += 4) {
                int distance = Long.bitCount(w0 ^ query[q]) + Long.bitCount(w1 ^ query[q + 1]);
                if (distance <= maxDistance) {
                    distance += Long.bitCount(words[base + 2] ^ query[q + 2])
                            + Long.bitCount(words[base + 3] ^ query[q + 3]);
                    if (distance <= thresholds[position]) {
                        accept(position, distance, variant, hits, retracted);
                    }
                }
            }
        }
    }

    private void accept(int position, int distance, int variant, PdqHits hits, RetractedEntries retracted) {
        long entry = entries.entries[position];
        if (!retracted.contains(entry)) {
            hits.add(entry, distance, variant);
        }
    }
}
