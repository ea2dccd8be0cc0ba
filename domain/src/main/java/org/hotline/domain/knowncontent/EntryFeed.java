package org.hotline.domain.knowncontent;

import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The entries of a list's file, read one at a time as an import takes them, so that a file of millions of lines is
 * never held whole. Used by one thread.
 */
public interface EntryFeed {

    /** The next entry; none at the end of the file; or why the file cannot be imported (the import then stops). */
    Either<ImportRefusal, Option<Numbered>> next();

    /** Entries the file held that carry nothing to import (VICS media left uncategorized), read so far. */
    long skipped();

    /** An entry and the line it was read from. */
    record Numbered(ListEntry entry, long line) {
    }
}
