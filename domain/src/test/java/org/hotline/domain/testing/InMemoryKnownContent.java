package org.hotline.domain.testing;

import java.time.LocalDate;
import java.util.ArrayList;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import org.hotline.domain.CountryCode;
import org.hotline.domain.fingerprint.Dihedral;
import org.hotline.domain.fingerprint.Fingerprints;
import org.hotline.domain.fingerprint.PdqHash;
import org.hotline.domain.fingerprint.PdqVariants;
import org.hotline.domain.knowncontent.HashAlgorithm;
import org.hotline.domain.knowncontent.KnownClassification;
import org.hotline.domain.knowncontent.KnownContent;
import org.hotline.domain.knowncontent.KnownHash;
import org.hotline.domain.knowncontent.KnownMatch;
import org.hotline.domain.knowncontent.ListName;
import org.hotline.domain.knowncontent.matching.PdqEntries;

/**
 * Known content in memory, for tests: hashes added with their classification, found by a scan (digests exactly, PDQ
 * within {@value PdqEntries#DEFAULT_THRESHOLD} bits, queries below quality 50 matching nothing).
 */
public final class InMemoryKnownContent implements KnownContent {

    private final java.util.List<KnownMatch> entries = new ArrayList<>();

    /** Adds a hash to a made-up list of Belgium's; returns this. */
    public synchronized InMemoryKnownContent add(KnownHash hash, KnownClassification classification) {
        entries.add(new KnownMatch(new ListName("test list"), new CountryCode("BE"), entries.size() + 1L, hash, 0,
                classification, LocalDate.of(2026, 1, 1)));
        return this;
    }

    @Override
    public Seq<KnownMatch> matches(Fingerprints item) {
        Seq<PdqHash> pdq = item.pdq().filter(p -> p.matchable()).map(p -> List.of(p.hash())).getOrElse(List.empty());
        return found(item, pdq);
    }

    @Override
    public Seq<KnownMatch> matches(Fingerprints item, PdqVariants variants) {
        Seq<PdqHash> pdq = variants.quality() >= 50 ? List.of(Dihedral.values()).map(variants::hash) : List.empty();
        return found(item, pdq);
    }

    @Override
    public synchronized Map<KnownHash, Seq<KnownMatch>> lookUp(Seq<KnownHash> hashes) {
        Map<KnownHash, Seq<KnownMatch>> found = LinkedHashMap.empty();
        for (KnownHash hash : hashes.distinct()) {
            Seq<KnownMatch> matches = hash.algorithm() == HashAlgorithm.PDQ ? near(List.of(hash.pdq()))
                    : List.ofAll(entries).filter(entry -> entry.stored().equals(hash));
            found = matches.isEmpty() ? found : found.put(hash, matches);
        }
        return found;
    }

    private synchronized Seq<KnownMatch> found(Fingerprints item, Seq<PdqHash> pdq) {
        Seq<KnownHash> digests = item.digests().map(KnownHash::of);
        return List.ofAll(entries).filter(entry -> digests.contains(entry.stored())).appendAll(near(pdq))
                .sortBy(KnownMatch::distance);
    }

    private Seq<KnownMatch> near(Seq<PdqHash> queries) {
        return List.ofAll(entries).filter(entry -> entry.stored().algorithm() == HashAlgorithm.PDQ)
                .flatMap(entry -> queries.map(query -> query.distance(entry.stored().pdq())).min()
                        .filter(distance -> distance <= PdqEntries.DEFAULT_THRESHOLD).map(entry::at));
    }
}
