package org.hotline.domain.knowncontent;

import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import org.hotline.domain.fingerprint.Fingerprints;
import org.hotline.domain.fingerprint.PdqVariants;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Which content is on a list: lookups in memory against every entry of every list not retracted, kept current as
 * lists change (on this instance and on every other sharing the database). Exact for MD5, SHA-1 and SHA-256; for PDQ,
 * every stored hash within its list's distance, PDQ hashes of quality below 50 never matching.
 */
@SecondaryPort
public interface KnownContent {

    /** The entries an item's digests or PDQ hash (its own only, when no variants are known) match; nearest first. */
    Seq<KnownMatch> matches(Fingerprints item);

    /** The entries an item's digests or any of its eight turned and mirrored PDQ hashes match; nearest first. */
    Seq<KnownMatch> matches(Fingerprints item, PdqVariants variants);

    /** For each hash that some entry matches, those entries (a PDQ hash asked about is taken as of good quality). */
    Map<KnownHash, Seq<KnownMatch>> lookUp(Seq<KnownHash> hashes);

    /** Content known to no list: every lookup finds nothing (for a program without lists). */
    static KnownContent none() {
        return new KnownContent() {
            @Override
            public Seq<KnownMatch> matches(Fingerprints item) {
                return io.vavr.collection.List.empty();
            }

            @Override
            public Seq<KnownMatch> matches(Fingerprints item, PdqVariants variants) {
                return io.vavr.collection.List.empty();
            }

            @Override
            public Map<KnownHash, Seq<KnownMatch>> lookUp(Seq<KnownHash> hashes) {
                return io.vavr.collection.HashMap.empty();
            }
        };
    }
}
