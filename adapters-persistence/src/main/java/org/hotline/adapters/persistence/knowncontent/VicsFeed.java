package org.hotline.adapters.persistence.knowncontent;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.knowncontent.EntryFeed;
import org.hotline.domain.knowncontent.ImportRefusal;
import org.hotline.domain.knowncontent.KnownList;
import org.hotline.domain.knowncontent.ListEntry;
import org.hotline.domain.knowncontent.ListLines;
import org.hotline.domain.knowncontent.VicsMedium;

/**
 * The entries of a VICS JSON 2.0 document, streamed: an object whose {@code value} array holds media (or cases whose
 * {@code Media} arrays hold them); of each medium its {@code MD5}, {@code SHA1}, {@code SHA256} and {@code Category}
 * are read and everything else is passed over. A refusal names the line and column where the medium or the fault
 * begins.
 */
final class VicsFeed implements EntryFeed {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final java.util.Set<String> READ = java.util.Set.of("md5", "sha1", "sha256", "category");

    private final InputStream in;
    private final KnownList list;
    private final Deque<Numbered> pending = new ArrayDeque<>();
    private JsonParser parser;
    private int depthOfMedia = -1;
    private boolean ended;
    private long skipped;

    VicsFeed(InputStream in, KnownList list) {
        this.in = in;
        this.list = list;
    }

    @Override
    public Either<ImportRefusal, Option<Numbered>> next() {
        try {
            while (pending.isEmpty() && !ended) {
                Either<ImportRefusal, Boolean> step = step();
                if (step.isLeft()) {
                    return Either.left(step.getLeft());
                }
            }
            return Either.right(Option.of(pending.poll()));
        } catch (JsonProcessingException e) {
            return Either.left(at(e.getLocation(), "this is not VICS JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            return Either.left(ImportRefusal.ofFile("the file could not be read: " + e.getMessage()));
        }
    }

    @Override
    public long skipped() {
        return skipped;
    }

    /** Reads up to the next medium (queueing its entries) or the end; a refusal when the document is not VICS. */
    private Either<ImportRefusal, Boolean> step() throws IOException {
        if (parser == null) {
            parser = JSON.createParser(in);
            return opening();
        }
        JsonToken token = parser.nextToken();
        if (token == null) {
            return Either.left(at(parser.currentLocation(), "the document ends before its value array is closed"));
        }
        if (token == JsonToken.END_ARRAY && parser.getParsingContext().getParent().inRoot()) {
            return closing();
        }
        if (token == JsonToken.FIELD_NAME) {
            parser.nextToken();
            parser.skipChildren();
            return Either.right(true);
        }
        if (token == JsonToken.END_ARRAY || token == JsonToken.END_OBJECT) {
            return Either.right(true);
        }
        if (token != JsonToken.START_OBJECT) {
            return Either.left(at(parser.currentTokenLocation(), "the value array holds objects (media or cases)"));
        }
        return element();
    }

    private Either<ImportRefusal, Boolean> opening() throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return Either.left(at(parser.currentTokenLocation(), "a VICS document is a JSON object"));
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("value")) {
                return value == JsonToken.START_ARRAY ? Either.right(true)
                        : Either.left(at(parser.currentTokenLocation(), "the value of a VICS document is an array"));
            }
            parser.skipChildren();
        }
        return Either.left(at(parser.currentTokenLocation(), "a VICS document has a value array (of media) before its end"));
    }

    /** After the value array: the rest of the document is read (and passed over) to its end. */
    private Either<ImportRefusal, Boolean> closing() throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            parser.nextToken();
            parser.skipChildren();
        }
        if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
            return Either.left(at(parser.currentTokenLocation(), "the document goes on after its end"));
        }
        ended = true;
        return Either.right(true);
    }

    /** One object of the value array (or of a case's Media array): a medium, or a case holding media. */
    private Either<ImportRefusal, Boolean> element() throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        Map<String, String> fields = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName().toLowerCase(Locale.ROOT);
            JsonToken value = parser.nextToken();
            if (field.equals("media") && value == JsonToken.START_ARRAY) {
                return Either.right(true);
            }
            if (READ.contains(field) && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                fields.put(field, parser.getText());
            } else {
                parser.skipChildren();
            }
        }
        return medium(fields, start);
    }

    private Either<ImportRefusal, Boolean> medium(Map<String, String> fields, JsonLocation start) {
        VicsMedium medium = new VicsMedium(Option.of(fields.get("md5")), Option.of(fields.get("sha1")),
                Option.of(fields.get("sha256")), Option.of(fields.get("category")));
        Either<String, io.vavr.collection.List<ListEntry>> entries = ListLines.vics(medium, list);
        if (entries.isLeft()) {
            return Either.left(at(start, entries.getLeft()));
        }
        if (entries.get().isEmpty()) {
            skipped++;
        }
        entries.get().forEach(entry -> pending.add(new Numbered(entry, start.getLineNr())));
        return Either.right(true);
    }

    private static ImportRefusal at(JsonLocation location, String reason) {
        return location == null ? ImportRefusal.ofFile(reason)
                : new ImportRefusal(Math.max(location.getLineNr(), 1), Math.max(location.getColumnNr(), 0), reason);
    }
}
