package org.hotline.domain.knowncontent;

import java.time.Instant;
import java.time.LocalDate;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The hash lists and their entries, kept. Calls join the unit of work open on their thread; an import that is refused
 * leaves nothing of itself behind, even inside a larger unit.
 */
@SecondaryPort
public interface KnownLists {

    /** The list of this name, if there is one. */
    Option<KnownList> find(ListName name);

    /** Keeps a new list; false (and nothing changed) when a list of that name exists. */
    boolean add(KnownList list, Instant at);

    /**
     * Imports every entry of the feed into the list, or none: the first refusal (of the feed, or of a hash repeated in
     * the file with another classification) stops it and nothing is kept. Entries without a date take {@code today}.
     */
    Either<ImportRefusal, ImportSummary> importEntries(KnownList list, EntryFeed feed, LocalDate today, Instant at);

    /** Retracts the list's entries of these hashes; the number retracted (hashes not held, or retracted, count not). */
    long retract(ListName list, Seq<KnownHash> hashes, Instant at);

    /** Every list, by name. */
    Seq<ListOverview> overview();
}
