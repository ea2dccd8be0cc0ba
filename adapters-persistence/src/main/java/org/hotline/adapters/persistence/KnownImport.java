package org.hotline.adapters.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.knowncontent.EntryFeed;
import org.hotline.domain.knowncontent.ImportRefusal;
import org.hotline.domain.knowncontent.ImportSummary;
import org.hotline.domain.knowncontent.KnownList;
import org.hotline.domain.knowncontent.ListEntry;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One import, on a handle whose transaction holds the known-content lock: the feed is streamed into the staging table
 * with COPY (in blocks of about 256 KB, never the whole file), checked, merged into the list's entries, and the staging
 * rows deleted. A refusal cancels the COPY; the caller rolls back.
 */
final class KnownImport {

    private static final int BLOCK = 256 * 1024;

    /** The longest one statement of an import may take (merging tens of millions of entries). */
    static final java.time.Duration LONGEST_STATEMENT = java.time.Duration.ofHours(1);

    private final Handle handle;
    private final KnownList list;
    private final int listId;

    KnownImport(Handle handle, KnownList list, int listId) {
        this.handle = handle;
        this.list = list;
        this.listId = listId;
    }

    /** Stages the feed's entries; the number staged, or the feed's refusal. */
    Either<ImportRefusal, Long> stage(EntryFeed feed) throws SQLException {
        // Joins and groupings over millions of staged rows stay in memory instead of spilling to disk, and statements
        // over them may take longer than the pool's usual minute (the pool restores its timeout when the handle closes).
        handle.execute("set local work_mem = '256MB'");
        handle.getConnection().setNetworkTimeout(Runnable::run, (int) LONGEST_STATEMENT.toMillis());
        handle.execute("delete from known_import_line");
        CopyIn copy = handle.getConnection().unwrap(PGConnection.class).getCopyAPI().copyIn("""
                copy known_import_line (line, algorithm, value, verdict, category, baseline, quality, added)
                from stdin (format text)""");
        StringBuilder rows = new StringBuilder(BLOCK + 1024);
        long staged = 0;
        try {
            while (true) {
                Either<ImportRefusal, Option<EntryFeed.Numbered>> next = feed.next();
                if (next.isLeft()) {
                    copy.cancelCopy();
                    return Either.left(next.getLeft());
                }
                if (next.get().isEmpty()) {
                    break;
                }
                row(rows, next.get().get());
                staged++;
                if (rows.length() >= BLOCK) {
                    write(copy, rows);
                }
            }
            write(copy, rows);
            copy.endCopy();
            return Either.right(staged);
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void write(CopyIn copy, StringBuilder rows) throws SQLException {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }

    private static void row(StringBuilder rows, EntryFeed.Numbered numbered) {
        ListEntry entry = numbered.entry();
        rows.append(numbered.line()).append('\t').append(entry.hash().algorithm().name()).append("\t\\\\x")
                .append(entry.hash().hex()).append('\t').append(entry.classification().verdict().name()).append('\t')
                .append(entry.classification().category().getOrElse("\\N")).append('\t')
                .append(entry.classification().baseline() ? 't' : 'f').append('\t')
                .append(entry.quality().map(String::valueOf).getOrElse("\\N")).append('\t')
                .append(entry.added().map(LocalDate::toString).getOrElse("\\N")).append('\n');
    }

    /** How many hashes the file holds more than once (usually none: then nothing needs comparing or folding). */
    long repeatedHashes() {
        return handle.createQuery("""
                select count(*) from (select 1 from known_import_line group by algorithm, value having count(*) > 1) r""")
                .mapTo(Long.class).one();
    }

    /** A hash given twice in the file with two classifications, named by the later line. */
    Option<ImportRefusal> conflict() {
        return Option.ofOptional(handle.createQuery("""
                select min(line) as first, max(line) as last from known_import_line
                group by algorithm, value
                having count(*) > 1 and count(distinct (verdict, coalesce(category, ''), baseline)) > 1
                order by max(line) limit 1""")
                .map((rs, ctx) -> ImportRefusal.at(rs.getLong("last"), "the hash of line " + rs.getLong("first")
                        + " again, classified otherwise"))
                .findOne());
    }

    /** Keeps the first line of each hash the file repeats; the number of lines dropped. */
    int foldRepeated() {
        return handle.execute("""
                delete from known_import_line where ctid in (
                    select ctid from (select ctid, row_number() over (partition by algorithm, value order by line) as nth
                                      from known_import_line) numbered
                    where nth > 1)""");
    }

    /** Merges the staged entries into the list; what changed. */
    ImportSummary merge(long read, long repeated, long skipped, LocalDate today, Instant at) {
        long keptRetracted = count("""
                select count(*) from known_import_line i join known_entry e
                  on e.list_id = :list and e.algorithm = i.algorithm and e.value = i.value and not e.superseded
                where e.retracted_at is not null""");
        long reclassified = supersede(at);
        int inserted = handle.createUpdate("""
                insert into known_entry (list_id, algorithm, value, verdict, category, baseline, quality, added, imported_at)
                select :list, i.algorithm, i.value, i.verdict, i.category, i.baseline, i.quality, coalesce(i.added, :today), :at
                from known_import_line i
                where not exists (select 1 from known_entry e where e.list_id = :list and e.algorithm = i.algorithm
                                  and e.value = i.value and not e.superseded)""")
                .bind("list", listId).bind("today", today).bind("at", at).execute();
        long added = inserted - reclassified;
        handle.createUpdate("""
                update known_list set last_import_at = :at, entry_count = entry_count + :added where id = :list""")
                .bind("at", at).bind("added", added).bind("list", listId).execute();
        handle.execute("delete from known_import_line");
        long distinct = read - repeated;
        return new ImportSummary(list.name(), read, added, distinct - added - reclassified - keptRetracted,
                reclassified, keptRetracted, repeated, skipped);
    }

    /** Retracts (as superseded) the held entries the file classifies otherwise; how many. */
    private long supersede(Instant at) {
        return handle.createUpdate("""
                update known_entry e set retracted_at = :at, superseded = true, retraction_seq = s.seq
                from (select e.id, (select coalesce(max(retraction_seq), 0) from known_entry)
                                   + row_number() over (order by e.id) as seq
                      from known_import_line i join known_entry e
                        on e.list_id = :list and e.algorithm = i.algorithm and e.value = i.value and not e.superseded
                      where e.retracted_at is null
                        and (e.verdict, coalesce(e.category, ''), e.baseline)
                            is distinct from (i.verdict, coalesce(i.category, ''), i.baseline)) s
                where e.id = s.id""")
                .bind("at", at).bind("list", listId).execute();
    }

    private long count(String sql) {
        return handle.createQuery(sql).bind("list", listId).mapTo(Long.class).one();
    }
}
