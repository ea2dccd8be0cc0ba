package org.hotline.domain.knowncontent.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.hotline.domain.fingerprint.PdqHash;

/**
 * Made-up PDQ hashes for the matching tests (random words from a seeded generator, so every run sees the same data),
 * and the reference the index is held to: a plain comparison of every stored hash with every query hash.
 */
final class PdqFixtures {

    private final SplittableRandom random;

    PdqFixtures(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** One stored hash: the entry it belongs to and its threshold. */
    record Stored(PdqHash hash, long entry, int threshold) {
    }

    PdqHash anyHash() {
        return new PdqHash(random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong());
    }

    /** A hash exactly {@code distance} bits away from {@code from}: that many distinct bits flipped. */
    PdqHash flipped(PdqHash from, int distance) {
        long[] words = from.words();
        int flipped = 0;
        while (flipped < distance) {
            int bit = random.nextInt(PdqHash.BITS);
            long mask = 1L << (bit & 63);
            if ((words[bit >>> 6] & mask) == (from.word(bit >>> 6) & mask)) {
                words[bit >>> 6] ^= mask;
                flipped++;
            }
        }
        return PdqHash.ofWords(words);
    }

    /** A hash differing from {@code from} in exactly the given bits. */
    static PdqHash flippedAt(PdqHash from, List<Integer> bits) {
        long[] words = from.words();
        for (int bit : bits) {
            words[bit >>> 6] ^= 1L << (bit & 63);
        }
        PdqHash result = PdqHash.ofWords(words);
        if (result.distance(from) != bits.size()) {
            throw new IllegalArgumentException("the bits to flip must be distinct: " + bits);
        }
        return result;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** A query of {@code variants} random hashes. */
    PdqQuery anyQuery(int variants) {
        List<PdqHash> hashes = new ArrayList<>();
        for (int i = 0; i < variants; i++) {
            hashes.add(anyHash());
        }
        return query(hashes);
    }

    static PdqQuery query(List<PdqHash> hashes) {
        return new PdqQuery(io.vavr.collection.List.ofAll(hashes));
    }

    static PdqEntries entries(List<Stored> stored) {
        PdqEntries.Builder builder = PdqEntries.builder(stored.size());
        stored.forEach(s -> builder.add(s.hash(), s.entry(), s.threshold()));
        return builder.build();
    }

    /**
     * What a full comparison finds: per entry its smallest distance and the first query hash reaching it (an entry
     * stored twice is found once, at the nearer of its hashes).
     */
    static List<PdqMatch> reference(Iterable<Stored> stored, PdqQuery query) {
        Map<Long, PdqMatch> nearest = new LinkedHashMap<>();
        for (Stored s : stored) {
            for (int variant = 0; variant < query.variants().size(); variant++) {
                int distance = s.hash().distance(query.variants().get(variant));
                PdqMatch known = nearest.get(s.entry());
                boolean nearer = known == null || distance < known.distance()
                        || distance == known.distance() && variant < known.variant();
                if (distance <= s.threshold() && nearer) {
                    nearest.put(s.entry(), new PdqMatch(s.entry(), distance, variant));
                }
            }
        }
        List<PdqMatch> matches = new ArrayList<>(nearest.values());
        matches.sort(Comparator.comparingInt(PdqMatch::distance).thenComparingLong(PdqMatch::entry));
        return matches;
    }
}
