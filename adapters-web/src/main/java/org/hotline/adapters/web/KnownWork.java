package org.hotline.adapters.web;

import java.io.InputStream;
import java.util.Objects;

import org.hotline.domain.knowncontent.EntryFeed;
import org.hotline.domain.knowncontent.KnownList;
import org.hotline.domain.knowncontent.ListFormat;
import org.hotline.domain.knowncontent.ManageKnownLists;
import org.hotline.domain.knowncontent.MatchKnownHashes;

/**
 * What the web offers of known content: the administrators' lists page (with uploads of list files up to
 * {@code uploadLimit} bytes, read by {@code files} as they stream in) and the partners' matches API.
 */
public record KnownWork(ManageKnownLists lists, MatchKnownHashes matches, ListFiles files, long uploadLimit) {

    public KnownWork {
        Objects.requireNonNull(lists, "lists");
        Objects.requireNonNull(matches, "matches");
        Objects.requireNonNull(files, "files");
        if (uploadLimit <= 0) {
            throw new IllegalArgumentException("an upload limit is positive");
        }
    }

    /** Reads a list's file of a format as it streams in (the application gives the persistence adapter's reader). */
    @FunctionalInterface
    public interface ListFiles {
        EntryFeed feed(ListFormat format, InputStream in, KnownList list);
    }
}
