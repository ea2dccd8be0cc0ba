package org.hotline.adapters.persistence;

import java.nio.ByteBuffer;
import java.util.EnumMap;
import java.util.Map;

import org.hotline.domain.fingerprint.Digest;
import org.hotline.domain.knowncontent.HashAlgorithm;
import org.hotline.domain.knowncontent.matching.DigestEntries;
import org.hotline.domain.knowncontent.matching.DigestIndex;
import org.hotline.domain.knowncontent.matching.PdqEntries;
import org.hotline.domain.knowncontent.matching.PdqIndex;

/**
 * One immutable snapshot of every list's entries in memory: a digest index per algorithm and the PDQ index, with the
 * last entry identifier and retraction number they include (where the next refresh reads on from).
 */
record KnownIndexes(Map<Digest.Algorithm, DigestIndex> digests, PdqIndex pdq, long lastEntry, long lastRetraction) {

    static KnownIndexes empty() {
        Map<Digest.Algorithm, DigestIndex> digests = new EnumMap<>(Digest.Algorithm.class);
        for (Digest.Algorithm algorithm : Digest.Algorithm.values()) {
            digests.put(algorithm, DigestIndex.empty(algorithm));
        }
        return new KnownIndexes(digests, PdqIndex.empty(), 0, 0);
    }

    DigestIndex digests(Digest.Algorithm algorithm) {
        return digests.get(algorithm);
    }

    /** This snapshot with the batch's entries added and its retractions taken out, compacted where that pays. */
    KnownIndexes with(Batch batch, long lastEntry, long lastRetraction) {
        Map<Digest.Algorithm, DigestIndex> next = new EnumMap<>(Digest.Algorithm.class);
        for (Digest.Algorithm algorithm : Digest.Algorithm.values()) {
            DigestIndex index = digests.get(algorithm).without(batch.retracted(HashAlgorithm.of(algorithm)))
                    .with(batch.digests(algorithm));
            next.put(algorithm, index.wantsCompaction() ? index.compacted() : index);
        }
        PdqIndex pdqIndex = pdq.without(batch.retracted(HashAlgorithm.PDQ)).with(batch.pdq());
        return new KnownIndexes(next, pdqIndex.wantsCompaction() ? pdqIndex.compacted() : pdqIndex, lastEntry,
                lastRetraction);
    }

    /** A snapshot of nothing but the batch: the build at start. */
    static KnownIndexes of(Batch batch, long lastEntry, long lastRetraction) {
        Map<Digest.Algorithm, DigestIndex> digests = new EnumMap<>(Digest.Algorithm.class);
        for (Digest.Algorithm algorithm : Digest.Algorithm.values()) {
            digests.put(algorithm, DigestIndex.of(batch.digests(algorithm)));
        }
        return new KnownIndexes(digests, PdqIndex.of(batch.pdq()), lastEntry, lastRetraction);
    }

    /** Entries read from the tables, gathered into builders, and the entries retracted meanwhile. */
    static final class Batch {

        private final Map<Digest.Algorithm, DigestEntries.Builder> digests = new EnumMap<>(Digest.Algorithm.class);
        private final PdqEntries.Builder pdq;
        private final Map<HashAlgorithm, long[]> retracted = new EnumMap<>(HashAlgorithm.class);

        Batch(Map<HashAlgorithm, Integer> expected) {
            for (Digest.Algorithm algorithm : Digest.Algorithm.values()) {
                digests.put(algorithm, DigestEntries.builder(algorithm,
                        expected.getOrDefault(HashAlgorithm.of(algorithm), 0)));
            }
            pdq = PdqEntries.builder(expected.getOrDefault(HashAlgorithm.PDQ, 0));
        }

        void add(long entry, HashAlgorithm algorithm, byte[] value, int pdqThreshold) {
            if (algorithm == HashAlgorithm.PDQ) {
                ByteBuffer words = ByteBuffer.wrap(value);
                long w3 = words.getLong();
                long w2 = words.getLong();
                long w1 = words.getLong();
                long w0 = words.getLong();
                pdq.add(w0, w1, w2, w3, entry, pdqThreshold);
            } else {
                digests.get(algorithm.digest().get()).add(value, entry);
            }
        }

        void retracted(HashAlgorithm algorithm, long[] entries) {
            retracted.put(algorithm, entries);
        }

        long[] retracted(HashAlgorithm algorithm) {
            return retracted.getOrDefault(algorithm, new long[0]);
        }

        DigestEntries digests(Digest.Algorithm algorithm) {
            return digests.get(algorithm).build();
        }

        PdqEntries pdq() {
            return pdq.build();
        }
    }
}
