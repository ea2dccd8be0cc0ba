package org.hotline.domain.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.knowncontent.EntryFeed;
import org.hotline.domain.knowncontent.ImportRefusal;
import org.hotline.domain.knowncontent.ImportSummary;
import org.hotline.domain.knowncontent.KnownHash;
import org.hotline.domain.knowncontent.KnownList;
import org.hotline.domain.knowncontent.KnownLists;
import org.hotline.domain.knowncontent.ListEntry;
import org.hotline.domain.knowncontent.ListName;
import org.hotline.domain.knowncontent.ListOverview;

/**
 * Hash lists in memory, for tests: a refused import keeps nothing; a hash repeated in a file with another
 * classification is refused, as in PostgreSQL; retracted entries stay retracted when imported again.
 */
public final class InMemoryKnownLists implements KnownLists {

    private final Map<ListName, Held> lists = new TreeMap<>(java.util.Comparator.comparing(ListName::value));

    private static final class Held {
        final KnownList list;
        final Instant created;
        Option<Instant> lastImport = Option.none();
        final Map<KnownHash, ListEntry> entries = new LinkedHashMap<>();
        final java.util.Set<KnownHash> retracted = new java.util.HashSet<>();

        Held(KnownList list, Instant created) {
            this.list = list;
            this.created = created;
        }
    }

    @Override
    public synchronized Option<KnownList> find(ListName name) {
        return Option.of(lists.get(name)).map(held -> held.list);
    }

    @Override
    public synchronized boolean add(KnownList list, Instant at) {
        return lists.putIfAbsent(list.name(), new Held(list, at)) == null;
    }

    @Override
    public synchronized Either<ImportRefusal, ImportSummary> importEntries(KnownList list, EntryFeed feed, LocalDate today,
            Instant at) {
        Map<KnownHash, EntryFeed.Numbered> file = new LinkedHashMap<>();
        long read = 0;
        long repeated = 0;
        for (var next = feed.next(); next.isLeft() || next.get().isDefined(); next = feed.next()) {
            if (next.isLeft()) {
                return Either.left(next.getLeft());
            }
            EntryFeed.Numbered entry = next.get().get();
            read++;
            EntryFeed.Numbered earlier = file.putIfAbsent(entry.entry().hash(), entry);
            if (earlier != null && !earlier.entry().classification().equals(entry.entry().classification())) {
                return Either.left(ImportRefusal.at(entry.line(), "the hash of line " + earlier.line()
                        + " again, classified otherwise"));
            }
            repeated += earlier == null ? 0 : 1;
        }
        return Either.right(merge(lists.get(list.name()), file, read, repeated, feed.skipped(), today, at));
    }

    private static ImportSummary merge(Held held, Map<KnownHash, EntryFeed.Numbered> file, long read, long repeated,
            long skipped, LocalDate today, Instant at) {
        long added = 0;
        long reclassified = 0;
        long kept = 0;
        for (EntryFeed.Numbered numbered : file.values()) {
            ListEntry entry = numbered.entry();
            ListEntry dated = new ListEntry(entry.hash(), entry.classification(), entry.added().orElse(Option.some(today)),
                    entry.quality());
            ListEntry before = held.entries.get(entry.hash());
            if (held.retracted.contains(entry.hash())) {
                kept++;
            } else if (before == null) {
                held.entries.put(entry.hash(), dated);
                added++;
            } else if (!before.classification().equals(entry.classification())) {
                held.entries.put(entry.hash(), dated);
                reclassified++;
            }
        }
        held.lastImport = Option.some(at);
        return new ImportSummary(held.list.name(), read, added, file.size() - added - reclassified - kept, reclassified,
                kept, repeated, skipped);
    }

    @Override
    public synchronized long retract(ListName list, Seq<KnownHash> hashes, Instant at) {
        Held held = lists.get(list);
        return hashes.distinct().count(hash -> held.entries.containsKey(hash) && held.retracted.add(hash));
    }

    @Override
    public synchronized Seq<ListOverview> overview() {
        return List.ofAll(lists.values()).map(held -> new ListOverview(held.list,
                held.entries.size() - held.retracted.size(), held.retracted.size(), held.created, held.lastImport));
    }

    /** The entries of a list not retracted, in the order they were added. */
    public synchronized Seq<ListEntry> entries(ListName list) {
        Held held = lists.get(list);
        return List.ofAll(held.entries.values()).filter(entry -> !held.retracted.contains(entry.hash()));
    }
}
