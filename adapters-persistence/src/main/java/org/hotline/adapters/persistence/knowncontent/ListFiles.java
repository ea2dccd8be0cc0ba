package org.hotline.adapters.persistence.knowncontent;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.hotline.domain.knowncontent.EntryFeed;
import org.hotline.domain.knowncontent.KnownList;
import org.hotline.domain.knowncontent.ListFormat;
import org.hotline.domain.knowncontent.ListLines;

/**
 * Reads a list's file as it streams in, one entry at a time, whatever its size: UTF-8 text (a byte-order mark and
 * CRLF line ends are taken in), or VICS JSON through Jackson's streaming parser. The stream is not closed here.
 */
public final class ListFiles {

    private ListFiles() {
    }

    /** The entries of a file of this format, for this list (whose defaults fill what the lines leave out). */
    public static EntryFeed feed(ListFormat format, InputStream in, KnownList list) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(list, "list");
        return switch (format) {
            case VICS -> new VicsFeed(in, list);
            case CSV -> new LineFeed(reader(in), true, line -> ListLines.csv(line, list));
            case PLAIN -> new LineFeed(reader(in), false, line -> ListLines.plain(line, list));
            case PDQ -> new LineFeed(reader(in), false, line -> ListLines.pdq(line, list));
        };
    }

    private static InputStreamReader reader(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
