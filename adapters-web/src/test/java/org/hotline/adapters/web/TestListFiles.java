package org.hotline.adapters.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.knowncontent.EntryFeed;
import org.hotline.domain.knowncontent.ImportRefusal;
import org.hotline.domain.knowncontent.KnownList;
import org.hotline.domain.knowncontent.ListFormat;
import org.hotline.domain.knowncontent.ListLines;

/** Reads list files of plain lines for the web's tests (the real readers live in the persistence adapter). */
final class TestListFiles implements KnownWork.ListFiles {

    @Override
    public EntryFeed feed(ListFormat format, InputStream in, KnownList list) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        long[] number = {0};
        return new EntryFeed() {
            @Override
            public Either<ImportRefusal, Option<Numbered>> next() {
                String line = readLine(reader);
                if (line == null) {
                    return Either.right(Option.none());
                }
                long at = ++number[0];
                return ListLines.plain(line, list).bimap(reason -> ImportRefusal.at(at, reason),
                        entry -> Option.some(new Numbered(entry, at)));
            }

            @Override
            public long skipped() {
                return 0;
            }
        };
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
