package org.hotline.application;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import io.vavr.control.Either;
import org.hotline.adapters.persistence.Database;
import org.hotline.adapters.persistence.PostgresKnownLists;
import org.hotline.adapters.persistence.PostgresUnitOfWork;
import org.hotline.adapters.persistence.knowncontent.ListFiles;
import org.hotline.domain.CountryCode;
import org.hotline.domain.knowncontent.HashAlgorithm;
import org.hotline.domain.knowncontent.KnownClassification;
import org.hotline.domain.knowncontent.KnownHash;
import org.hotline.domain.knowncontent.KnownList;
import org.hotline.domain.knowncontent.KnownVerdict;
import org.hotline.domain.knowncontent.ListFormat;
import org.hotline.domain.knowncontent.ListName;
import org.hotline.domain.knowncontent.ListSource;
import org.hotline.domain.knowncontent.ManageKnownLists;
import org.hotline.domain.knowncontent.ManageKnownLists.Keeper;
import org.hotline.domain.knowncontent.matching.PdqEntries;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code known define|import|lists|retract}: hash lists from the command line. Changes are audited as made by the
 * system; an import shows its progress on the error stream.
 */
@Command(name = "known", description = "Hash lists of known content: make, import, list, retract.",
        subcommands = {KnownCommands.Define.class, KnownCommands.Import.class, KnownCommands.Lists.class,
                KnownCommands.Retract.class})
final class KnownCommands extends CommandGroup {

    /** Progress is shown every so many milliseconds on files larger than {@link #SHOWN_FROM} bytes. */
    static final long PROGRESS_EVERY_MILLIS = 2000;
    static final long SHOWN_FROM = 8L * 1024 * 1024;

    private static ManageKnownLists manage(Database database, Configuration configuration) {
        return new ManageKnownLists(new PostgresKnownLists(database), AuditKeeping.over(database, configuration).trail(),
                new PostgresUnitOfWork(database), Hotline.CLOCK);
    }

    @Command(name = "define", description = "Make a hash list; its entries take the classification given here when "
            + "their line gives none.")
    static final class Define extends HotlineCommand {

        @Parameters(paramLabel = "NAME", converter = Names.class, description = "The list's name.")
        ListName name;

        @Option(names = "--source", required = true, converter = Sources.class,
                description = "own, partner-hotline or national-list.")
        ListSource source;

        @Option(names = "--jurisdiction", required = true, converter = Countries.class, paramLabel = "CC",
                description = "The country whose law classified the list (two letters).")
        CountryCode jurisdiction;

        @Option(names = "--verdict", converter = Verdicts.class, defaultValue = "illegal",
                description = "illegal or not-illegal (default: ${DEFAULT-VALUE}).")
        KnownVerdict verdict;

        @Option(names = "--category", description = "The national category, such as the UK's A, B or C.")
        String category;

        @Option(names = "--baseline", description = "The entries meet INTERPOL's baseline.")
        boolean baseline;

        @Option(names = "--pdq-distance", paramLabel = "BITS", defaultValue = "" + PdqEntries.DEFAULT_THRESHOLD,
                description = "PDQ hashes match within this many bits (default: ${DEFAULT-VALUE}).")
        int distance;

        @Override
        public Integer call() {
            Either<String, KnownList> list = KnownClassification.category(category).flatMap(c -> baseline && verdict != KnownVerdict.ILLEGAL
                    ? Either.left("only illegal content meets INTERPOL's baseline")
                    : distance < 0 || distance > PdqEntries.MAX_THRESHOLD
                            ? Either.left("--pdq-distance is 0 to " + PdqEntries.MAX_THRESHOLD + " bits, not " + distance)
                            : Either.right(new KnownList(name, source, jurisdiction, new KnownClassification(verdict, c, baseline),
                                    distance)));
            if (list.isLeft()) {
                err().println(list.getLeft() + ".");
                return Commands.WRONG_USAGE;
            }
            return withDatabase(database -> manage(database, configuration()).define(list.get(), Keeper.commandLine())
                    .fold(reason -> {
                        err().println("Not made: " + reason + ".");
                        return Commands.FAILED;
                    }, made -> {
                        out().println("Made the list '" + made.name() + "' (" + made.source().written() + ", "
                                + made.jurisdiction() + ", entries " + made.defaults() + " unless their line says otherwise).");
                        return Commands.DONE;
                    }));
        }
    }

    @Command(name = "import", description = "Import a list file whole or not at all; importing it again changes nothing.")
    static final class Import extends HotlineCommand {

        @Parameters(paramLabel = "FILE", description = "The file: our CSV, VICS JSON, plain hashes or PDQ lines.")
        Path file;

        @Option(names = "--list", required = true, converter = Names.class, paramLabel = "NAME", description = "The list.")
        ListName list;

        @Option(names = "--format", converter = Formats.class, description = "csv, vics, plain or pdq (default: from the "
                + "file's ending: .csv, .json for VICS, .pdq, else plain).")
        ListFormat format;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                err().println("There is no file at " + file + ".");
                return Commands.WRONG_USAGE;
            }
            ListFormat chosen = format != null ? format : ListFormat.guessedFrom(file.getFileName().toString());
            return withDatabase(database -> importInto(manage(database, configuration()), chosen));
        }

        private int importInto(ManageKnownLists manage, ListFormat chosen) {
            io.vavr.control.Option<KnownList> found = manage.find(list);
            if (found.isEmpty()) {
                err().println("There is no list named '" + list + "'; make it first with 'known define'.");
                return Commands.FAILED;
            }
            try (Progress in = new Progress(Files.newInputStream(file), Files.size(file), err())) {
                long started = System.nanoTime();
                var result = manage.importInto(list, ListFiles.feed(chosen, new BufferedInputStream(in, 1 << 16),
                        found.get()), Keeper.commandLine());
                if (result.isLeft()) {
                    err().println(file + ": " + result.getLeft() + ". Nothing was imported.");
                    return Commands.FAILED;
                }
                double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-9);
                out().println("Imported " + file + " into '" + list + "': " + result.get() + ".");
                out().printf("%.1f s, %,.0f entries a second.%n", seconds, result.get().read() / seconds);
                return Commands.DONE;
            } catch (IOException e) {
                err().println("The file " + file + " cannot be read: " + e.getMessage());
                return Commands.FAILED;
            }
        }
    }

    @Command(name = "lists", description = "The hash lists with their entries held and retracted, dates and defaults.")
    static final class Lists extends HotlineCommand {

        @Override
        public Integer call() {
            return withDatabase(database -> {
                var lists = manage(database, configuration()).overview();
                if (lists.isEmpty()) {
                    out().println("No hash lists yet; make one with 'known define'.");
                }
                for (var overview : lists) {
                    KnownList list = overview.list();
                    out().printf("%-24s %-15s %s  %,12d held  %,9d retracted  made %s  last import %s%n", list.name(),
                            list.source().written(), list.jurisdiction(), overview.entries(), overview.retracted(),
                            overview.created(), overview.lastImport().map(Object::toString).getOrElse("never"));
                    out().println("    entries " + list.defaults() + " unless their line says otherwise; PDQ within "
                            + list.pdqThreshold() + " bits");
                }
                return Commands.DONE;
            });
        }
    }

    @Command(name = "retract", description = "Retract entries of a list (audited with the reason); they stay retracted "
            + "when the list is imported again.")
    static final class Retract extends HotlineCommand {

        @Option(names = "--list", required = true, converter = Names.class, paramLabel = "NAME", description = "The list.")
        ListName list;

        @Option(names = "--reason", required = true, description = "Why the entries are retracted.")
        String reason;

        @Parameters(arity = "1..*", paramLabel = "HASH", converter = Hashes.class,
                description = "MD5, SHA-1 or SHA-256 in hexadecimal (known by their length), or pdq:HEX.")
        List<KnownHash> hashes;

        @Override
        public Integer call() {
            return withDatabase(database -> manage(database, configuration()).retract(list,
                    io.vavr.collection.List.ofAll(hashes), reason, Keeper.commandLine()).fold(
                    refused -> {
                        err().println("Nothing retracted: " + refused + ".");
                        return Commands.FAILED;
                    },
                    retracted -> {
                        out().println("Retracted " + retracted + " of " + hashes.size() + " hashes from '" + list + "'"
                                + (retracted < hashes.size() ? " (the others are not held by it, or were retracted before)" : "")
                                + ".");
                        return Commands.DONE;
                    }));
        }
    }

    /** A converter from a parse that says what was wrong. */
    private abstract static class Parsed<T> implements ITypeConverter<T> {

        private final Function<String, Either<String, T>> parse;

        Parsed(Function<String, Either<String, T>> parse) {
            this.parse = parse;
        }

        @Override
        public T convert(String text) {
            return parse.apply(text).getOrElseThrow(reason -> new TypeConversionException(reason));
        }
    }

    static final class Names extends Parsed<ListName> {
        Names() {
            super(ListName::parse);
        }
    }

    static final class Sources extends Parsed<ListSource> {
        Sources() {
            super(ListSource::parse);
        }
    }

    static final class Verdicts extends Parsed<KnownVerdict> {
        Verdicts() {
            super(KnownVerdict::parse);
        }
    }

    static final class Formats extends Parsed<ListFormat> {
        Formats() {
            super(ListFormat::parse);
        }
    }

    static final class Countries extends Parsed<CountryCode> {
        Countries() {
            super(text -> CountryCode.parse(text).toEither("a jurisdiction is a country's two-letter code, not '" + text + "'"));
        }
    }

    static final class Hashes extends Parsed<KnownHash> {
        Hashes() {
            super(KnownCommands::hash);
        }
    }

    private static Either<String, KnownHash> hash(String text) {
        if (text.toLowerCase(java.util.Locale.ROOT).startsWith("pdq:")) {
            return KnownHash.parse(HashAlgorithm.PDQ, text.substring(4));
        }
        return io.vavr.collection.List.of(HashAlgorithm.MD5, HashAlgorithm.SHA1, HashAlgorithm.SHA256)
                .find(a -> a.hexDigits() == text.length())
                .toEither("'" + text + "' is not an MD5, SHA-1 or SHA-256 digest, nor pdq:HEX")
                .flatMap(a -> KnownHash.parse(a, text));
    }

    /** Counts the bytes read and says how far the import is, now and then, on files worth waiting for. */
    static final class Progress extends FilterInputStream {

        private final long size;
        private final PrintStream err;
        private long read;
        private long shownAt = System.nanoTime();

        Progress(InputStream in, long size, PrintStream err) {
            super(in);
            this.size = size;
            this.err = err;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            read += Math.max(n, 0);
            long now = System.nanoTime();
            if (size >= SHOWN_FROM && now - shownAt >= PROGRESS_EVERY_MILLIS * 1_000_000) {
                shownAt = now;
                err.printf("... %,d of %,d bytes read (%d%%)%n", read, size, size == 0 ? 100 : read * 100 / size);
            }
            return n;
        }
    }
}
