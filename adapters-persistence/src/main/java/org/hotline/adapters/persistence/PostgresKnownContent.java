package org.hotline.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.fingerprint.Digest;
import org.hotline.domain.fingerprint.Fingerprints;
import org.hotline.domain.fingerprint.PdqFingerprint;
import org.hotline.domain.fingerprint.PdqVariants;
import org.hotline.domain.knowncontent.HashAlgorithm;
import org.hotline.domain.knowncontent.KnownClassification;
import org.hotline.domain.knowncontent.KnownContent;
import org.hotline.domain.knowncontent.KnownHash;
import org.hotline.domain.knowncontent.KnownMatch;
import org.hotline.domain.knowncontent.KnownVerdict;
import org.hotline.domain.knowncontent.ListName;
import org.hotline.domain.knowncontent.matching.PdqMatch;
import org.hotline.domain.knowncontent.matching.PdqQuery;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Every list's entries in memory (digests in sorted primitive arrays, PDQ in the multi-index), built from the tables
 * at start and kept current by {@link #refresh}: it reads the entries added and retracted since the last refresh, by
 * any instance, in one consistent snapshot, and swaps in a new index; lookups never wait for it. Details of the
 * entries found (list, classification, date) are read from the tables, a query per lookup.
 */
public final class PostgresKnownContent implements KnownContent {

    /** Rows read at a time while the index is built. */
    static final int FETCH = 10_000;

    private final Storage storage;
    private final AtomicReference<KnownIndexes> current = new AtomicReference<>(KnownIndexes.empty());

    private PostgresKnownContent(Database database) {
        this.storage = Objects.requireNonNull(database, "database").storage();
    }

    /** The index of every entry held now (streamed from the tables). */
    public static PostgresKnownContent load(Database database) {
        PostgresKnownContent content = over(database);
        content.refresh();
        return content;
    }

    /** An index over the database that holds nothing until its first {@link #refresh} (which builds it whole). */
    public static PostgresKnownContent over(Database database) {
        return new PostgresKnownContent(database);
    }

    /** Takes in the entries added and retracted since the last refresh; one refresh at a time. */
    public synchronized void refresh() {
        KnownIndexes before = current.get();
        KnownIndexes after = storage.jdbi().inTransaction(TransactionIsolationLevel.REPEATABLE_READ, handle -> {
            long lastEntry = handle.createQuery("select coalesce(max(id), 0) from known_entry").mapTo(Long.class).one();
            long lastRetraction = handle.createQuery("select coalesce(max(retraction_seq), 0) from known_entry")
                    .mapTo(Long.class).one();
            if (lastEntry == before.lastEntry() && lastRetraction == before.lastRetraction()) {
                return before;
            }
            KnownIndexes.Batch batch = new KnownIndexes.Batch(counts(handle, before.lastEntry()));
            read(handle, batch, before.lastEntry());
            retracted(handle, batch, before.lastEntry(), before.lastRetraction());
            return before.lastEntry() == 0 ? KnownIndexes.of(batch, lastEntry, lastRetraction)
                    : before.with(batch, lastEntry, lastRetraction);
        });
        current.set(after);
    }

    /**
     * What the index holds: hashes stored in its arrays by algorithm (a retracted or replaced one counts until the
     * next compaction) and the bytes of the arrays.
     */
    public Statistics statistics() {
        KnownIndexes indexes = current.get();
        Map<HashAlgorithm, Long> stored = new EnumMap<>(HashAlgorithm.class);
        var pdq = indexes.pdq().statistics();
        stored.put(HashAlgorithm.PDQ, (long) pdq.baseHashes() + pdq.deltaHashes());
        long bytes = pdq.bytes();
        for (Digest.Algorithm algorithm : Digest.Algorithm.values()) {
            var digests = indexes.digests(algorithm).statistics();
            stored.put(HashAlgorithm.of(algorithm), (long) digests.baseDigests() + digests.deltaDigests());
            bytes += digests.bytes();
        }
        return new Statistics(stored, bytes);
    }

    /** Hashes stored in the index's arrays by algorithm, and the bytes of the arrays. */
    public record Statistics(Map<HashAlgorithm, Long> stored, long bytes) {
    }

    private static Map<HashAlgorithm, Integer> counts(Handle handle, long after) {
        Map<HashAlgorithm, Integer> counts = new HashMap<>();
        handle.createQuery("""
                select algorithm, count(*) from known_entry where id > :after and retracted_at is null group by algorithm""")
                .bind("after", after)
                .map((rs, ctx) -> counts.put(HashAlgorithm.valueOf(rs.getString(1)), rs.getInt(2))).list();
        return counts;
    }

    private static void read(Handle handle, KnownIndexes.Batch batch, long after) {
        handle.createQuery("""
                select e.id, e.algorithm, e.value, l.pdq_threshold from known_entry e join known_list l on l.id = e.list_id
                where e.id > :after and e.retracted_at is null and (e.quality is null or e.quality >= :quality)""")
                .bind("after", after).bind("quality", PdqFingerprint.MATCHING_QUALITY).setFetchSize(FETCH)
                .map((rs, ctx) -> {
                    batch.add(rs.getLong(1), HashAlgorithm.valueOf(rs.getString(2)), rs.getBytes(3), rs.getShort(4));
                    return Boolean.TRUE;
                }).stream().forEach(row -> { });
    }

    private static void retracted(Handle handle, KnownIndexes.Batch batch, long upToEntry, long after) {
        Map<HashAlgorithm, java.util.List<Long>> retracted = new EnumMap<>(HashAlgorithm.class);
        handle.createQuery("select id, algorithm from known_entry where retraction_seq > :after and id <= :upTo")
                .bind("after", after).bind("upTo", upToEntry)
                .map((rs, ctx) -> retracted.computeIfAbsent(HashAlgorithm.valueOf(rs.getString(2)),
                        algorithm -> new java.util.ArrayList<>()).add(rs.getLong(1))).list();
        retracted.forEach((algorithm, ids) -> batch.retracted(algorithm,
                ids.stream().mapToLong(Long::longValue).toArray()));
    }

    @Override
    public Seq<KnownMatch> matches(Fingerprints item) {
        return matches(item, item.pdq().flatMap(pdq -> PdqQuery.of(pdq).toOption()));
    }

    @Override
    public Seq<KnownMatch> matches(Fingerprints item, PdqVariants variants) {
        return matches(item, PdqQuery.of(variants).toOption());
    }

    private Seq<KnownMatch> matches(Fingerprints item, Option<PdqQuery> query) {
        KnownIndexes indexes = current.get();
        Map<Long, Integer> distances = new java.util.LinkedHashMap<>();
        for (Digest digest : item.digests()) {
            for (long entry : indexes.digests(digest.algorithm()).entriesOf(digest)) {
                distances.put(entry, 0);
            }
        }
        query.forEach(pdq -> indexes.pdq().matches(pdq).forEach(match -> distances.merge(match.entry(),
                match.distance(), Math::min)));
        return details(distances);
    }

    @Override
    public io.vavr.collection.Map<KnownHash, Seq<KnownMatch>> lookUp(Seq<KnownHash> hashes) {
        KnownIndexes indexes = current.get();
        Map<KnownHash, Map<Long, Integer>> found = new java.util.LinkedHashMap<>();
        Map<Long, Integer> all = new HashMap<>();
        for (KnownHash hash : hashes.distinct()) {
            Map<Long, Integer> distances = distances(indexes, hash);
            if (!distances.isEmpty()) {
                found.put(hash, distances);
                all.putAll(distances);
            }
        }
        Map<Long, KnownMatch> details = new HashMap<>();
        details(all).forEach(match -> details.put(match.entry(), match));
        io.vavr.collection.Map<KnownHash, Seq<KnownMatch>> answer = LinkedHashMap.empty();
        for (var hash : found.entrySet()) {
            Seq<KnownMatch> matches = List.ofAll(hash.getValue().entrySet())
                    .flatMap(d -> Option.of(details.get(d.getKey())).map(match -> match.at(d.getValue())))
                    .sortBy(KnownMatch::distance);
            answer = matches.isEmpty() ? answer : answer.put(hash.getKey(), matches);
        }
        return answer;
    }

    private static Map<Long, Integer> distances(KnownIndexes indexes, KnownHash hash) {
        Map<Long, Integer> distances = new java.util.LinkedHashMap<>();
        if (hash.algorithm() == HashAlgorithm.PDQ) {
            for (PdqMatch match : indexes.pdq().matches(new PdqQuery(List.of(hash.pdq())))) {
                distances.put(match.entry(), match.distance());
            }
        } else {
            for (long entry : indexes.digests(hash.algorithm().digest().get()).entriesOf(hash.digest())) {
                distances.put(entry, 0);
            }
        }
        return distances;
    }

    /** The entries still held among these, with their lists and classifications, nearest first. */
    private Seq<KnownMatch> details(Map<Long, Integer> distances) {
        if (distances.isEmpty()) {
            return List.empty();
        }
        long[] ids = distances.keySet().stream().mapToLong(Long::longValue).toArray();
        java.util.List<KnownMatch> rows = storage.read(handle -> handle.createQuery("""
                select e.id, l.name, l.jurisdiction, e.algorithm, e.value, e.verdict, e.category, e.baseline, e.added
                from known_entry e join known_list l on l.id = e.list_id
                where e.id = any(:ids) and e.retracted_at is null""")
                .bind("ids", ids).map((rs, ctx) -> match(rs, distances)).list());
        return List.ofAll(rows).sortBy(match -> match.distance() * 1_000_000_000_000L + match.entry());
    }

    private static KnownMatch match(ResultSet rs, Map<Long, Integer> distances) throws SQLException {
        long id = rs.getLong("id");
        return new KnownMatch(new ListName(rs.getString("name")), new CountryCode(rs.getString("jurisdiction")), id,
                new KnownHash(HashAlgorithm.valueOf(rs.getString("algorithm")), HexFormat.of().formatHex(rs.getBytes("value"))),
                distances.get(id), new KnownClassification(KnownVerdict.valueOf(rs.getString("verdict")),
                        Option.of(rs.getString("category")), rs.getBoolean("baseline")),
                rs.getDate("added").toLocalDate());
    }
}
