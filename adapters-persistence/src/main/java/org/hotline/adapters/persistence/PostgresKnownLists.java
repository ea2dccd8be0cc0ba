package org.hotline.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.knowncontent.EntryFeed;
import org.hotline.domain.knowncontent.ImportRefusal;
import org.hotline.domain.knowncontent.ImportSummary;
import org.hotline.domain.knowncontent.KnownClassification;
import org.hotline.domain.knowncontent.KnownHash;
import org.hotline.domain.knowncontent.KnownList;
import org.hotline.domain.knowncontent.KnownLists;
import org.hotline.domain.knowncontent.KnownVerdict;
import org.hotline.domain.knowncontent.ListName;
import org.hotline.domain.knowncontent.ListOverview;
import org.hotline.domain.knowncontent.ListSource;
import org.jdbi.v3.core.Handle;

/**
 * Hash lists in PostgreSQL. Imports and retractions take one transaction-level advisory lock, so they write one at a
 * time and entry identifiers are committed in order (what lets every instance follow the changes); an import that is
 * refused rolls back to a savepoint taken before it, leaving nothing of itself.
 */
public final class PostgresKnownLists implements KnownLists {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PostgresKnownLists.class);

    /** The advisory lock of every change to list entries: the two keys 'HLKN' and 1. */
    static final String LOCK = "select pg_advisory_xact_lock(1212959566, 1)";

    private static final String LIST_COLUMNS = """
            id, name, source, jurisdiction, default_verdict, default_category, default_baseline, pdq_threshold,
            created_at, last_import_at, entry_count, retracted_count""";

    private final Storage storage;

    public PostgresKnownLists(Database database) {
        this.storage = Objects.requireNonNull(database, "database").storage();
    }

    @Override
    public Option<KnownList> find(ListName name) {
        return Option.ofOptional(storage.read(handle -> handle.createQuery(
                        "select " + LIST_COLUMNS + " from known_list where name = :name")
                .bind("name", name.value()).map((rs, ctx) -> list(rs)).findOne()));
    }

    @Override
    public boolean add(KnownList list, Instant at) {
        return storage.write(handle -> handle.createUpdate("""
                insert into known_list (name, source, jurisdiction, default_verdict, default_category, default_baseline,
                                        pdq_threshold, created_at)
                values (:name, :source, :jurisdiction, :verdict, :category, :baseline, :threshold, :at)
                on conflict (name) do nothing""")
                .bind("name", list.name().value()).bind("source", list.source().name())
                .bind("jurisdiction", list.jurisdiction().value()).bind("verdict", list.defaults().verdict().name())
                .bind("category", list.defaults().category().getOrNull()).bind("baseline", list.defaults().baseline())
                .bind("threshold", (short) list.pdqThreshold()).bind("at", at).execute()) == 1;
    }

    @Override
    public Either<ImportRefusal, ImportSummary> importEntries(KnownList list, EntryFeed feed, LocalDate today, Instant at) {
        return storage.write(handle -> {
            handle.execute(LOCK);
            int listId = listId(handle, list.name());
            String savepoint = "known_import";
            handle.savepoint(savepoint);
            KnownImport importing = new KnownImport(handle, list, listId);
            Either<ImportRefusal, ImportSummary> result = stagedAndMerged(importing, feed, today, at);
            if (result.isLeft()) {
                handle.rollbackToSavepoint(savepoint);
            } else {
                handle.releaseSavepoint(savepoint);
            }
            return result;
        });
    }

    private static Either<ImportRefusal, ImportSummary> stagedAndMerged(KnownImport importing, EntryFeed feed,
            LocalDate today, Instant at) {
        long started = System.nanoTime();
        Either<ImportRefusal, Long> staged;
        try {
            staged = importing.stage(feed);
        } catch (SQLException e) {
            throw new IllegalStateException("the list's entries could not be copied into the database", e);
        }
        if (staged.isLeft()) {
            return Either.left(staged.getLeft());
        }
        long copied = System.nanoTime();
        long repeated = 0;
        if (importing.repeatedHashes() > 0) {
            Option<ImportRefusal> conflict = importing.conflict();
            if (conflict.isDefined()) {
                return Either.left(conflict.get());
            }
            repeated = importing.foldRepeated();
        }
        long checked = System.nanoTime();
        ImportSummary summary = importing.merge(staged.get(), repeated, feed.skipped(), today, at);
        LOG.atInfo().addKeyValue("entries", staged.get()).addKeyValue("copyMs", (copied - started) / 1_000_000)
                .addKeyValue("checkMs", (checked - copied) / 1_000_000)
                .addKeyValue("mergeMs", (System.nanoTime() - checked) / 1_000_000).log("known list imported");
        return Either.right(summary);
    }

    @Override
    public long retract(ListName list, Seq<KnownHash> hashes, Instant at) {
        if (hashes.isEmpty()) {
            return 0;
        }
        return storage.write(handle -> {
            handle.execute(LOCK);
            int listId = listId(handle, list);
            int retracted = handle.createUpdate("""
                    update known_entry e set retracted_at = :at, retraction_seq = s.seq
                    from (select e.id, (select coalesce(max(retraction_seq), 0) from known_entry)
                                       + row_number() over (order by e.id) as seq
                          from known_entry e join unnest(:algorithms, :values) as h (algorithm, value)
                            on e.algorithm = h.algorithm and e.value = h.value
                          where e.list_id = :list and not e.superseded and e.retracted_at is null) s
                    where e.id = s.id""")
                    .bind("at", at).bind("list", listId)
                    .bind("algorithms", hashes.map(h -> h.algorithm().name()).toJavaArray(String[]::new))
                    .bind("values", hashes.map(h -> HexFormat.of().parseHex(h.hex())).toJavaArray(byte[][]::new))
                    .execute();
            handle.createUpdate("""
                    update known_list set entry_count = entry_count - :n, retracted_count = retracted_count + :n
                    where id = :list""").bind("n", retracted).bind("list", listId).execute();
            return (long) retracted;
        });
    }

    @Override
    public Seq<ListOverview> overview() {
        java.util.List<ListOverview> lists = storage.read(handle -> handle.createQuery(
                        "select " + LIST_COLUMNS + " from known_list order by name")
                .map((rs, ctx) -> new ListOverview(list(rs), rs.getLong("entry_count"), rs.getLong("retracted_count"),
                        rs.getTimestamp("created_at").toInstant(),
                        Option.of(rs.getTimestamp("last_import_at")).map(java.sql.Timestamp::toInstant)))
                .list());
        return List.ofAll(lists);
    }

    private static int listId(Handle handle, ListName name) {
        return handle.createQuery("select id from known_list where name = :name").bind("name", name.value())
                .mapTo(Integer.class).findOne()
                .orElseThrow(() -> new IllegalArgumentException("there is no list named '" + name + "'"));
    }

    static KnownList list(ResultSet rs) throws SQLException {
        return new KnownList(new ListName(rs.getString("name")), ListSource.valueOf(rs.getString("source")),
                new CountryCode(rs.getString("jurisdiction")), new KnownClassification(
                        KnownVerdict.valueOf(rs.getString("default_verdict")), Option.of(rs.getString("default_category")),
                        rs.getBoolean("default_baseline")), rs.getShort("pdq_threshold"));
    }
}
