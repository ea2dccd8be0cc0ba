package org.hotline.adapters.persistence.knowncontent;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.function.Function;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.knowncontent.EntryFeed;
import org.hotline.domain.knowncontent.ImportRefusal;
import org.hotline.domain.knowncontent.ListEntry;
import org.hotline.domain.knowncontent.ListLines;

/**
 * The entries of a text list, a line at a time: lines end with LF, CRLF or CR; a line longer than
 * {@value #LONGEST_LINE} characters is refused rather than read whole (a file that is not lines at all).
 */
final class LineFeed implements EntryFeed {

    static final int LONGEST_LINE = 1024;

    private final Reader reader;
    private final boolean csv;
    private final Function<String, Either<String, ListEntry>> parse;
    private final char[] buffer = new char[8192];
    private final StringBuilder line = new StringBuilder(128);
    private int position;
    private int limit;
    private boolean pendingLineFeed;
    private long number;

    LineFeed(Reader reader, boolean csv, Function<String, Either<String, ListEntry>> parse) {
        this.reader = reader;
        this.csv = csv;
        this.parse = parse;
    }

    @Override
    public Either<ImportRefusal, Option<Numbered>> next() {
        while (true) {
            Either<ImportRefusal, Option<String>> read = nextLine();
            if (read.isLeft() || read.get().isEmpty()) {
                return read.map(none -> Option.none());
            }
            String text = number == 1 ? ListLines.withoutByteOrderMark(read.get().get()) : read.get().get();
            if (number == 1 && csv) {
                Either<String, String> header = ListLines.csvHeader(text);
                if (header.isLeft()) {
                    return Either.left(ImportRefusal.at(number, header.getLeft()));
                }
                continue;
            }
            if (ListLines.blankOrComment(text)) {
                continue;
            }
            long at = number;
            return parse.apply(text).bimap(reason -> ImportRefusal.at(at, reason),
                    entry -> Option.some(new Numbered(entry, at)));
        }
    }

    @Override
    public long skipped() {
        return 0;
    }

    private Either<ImportRefusal, Option<String>> nextLine() {
        try {
            line.setLength(0);
            boolean any = false;
            while (true) {
                if (position == limit && !fill()) {
                    return any ? ended() : Either.right(Option.none());
                }
                char c = buffer[position++];
                if (pendingLineFeed && c == '\n') {
                    pendingLineFeed = false;
                    continue;
                }
                pendingLineFeed = false;
                any = true;
                if (c == '\n' || c == '\r') {
                    pendingLineFeed = c == '\r';
                    return ended();
                }
                if (line.length() == LONGEST_LINE) {
                    return Either.left(ImportRefusal.at(number + 1, "a line is longer than " + LONGEST_LINE
                            + " characters: this is not a list of the format given"));
                }
                line.append(c);
            }
        } catch (CharacterCodingException e) {
            return Either.left(ImportRefusal.at(number + 1, "the file is not UTF-8 text"));
        } catch (IOException e) {
            return Either.left(ImportRefusal.at(number + 1, "the file could not be read: " + e.getMessage()));
        }
    }

    private Either<ImportRefusal, Option<String>> ended() {
        number++;
        return Either.right(Option.some(line.toString()));
    }

    private boolean fill() throws IOException {
        int read = reader.read(buffer);
        while (read == 0) {
            read = reader.read(buffer);
        }
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }
}
