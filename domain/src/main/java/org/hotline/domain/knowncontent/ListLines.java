package org.hotline.domain.knowncontent;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Reads the lines of the text formats, one line at a time, and the media of VICS JSON once an adapter has taken
 * their fields out. A line comes without its end ({@code \n} or {@code \r\n}); an empty line, or in plain and PDQ
 * files a line starting with {@code #}, is a line without an entry.
 */
public final class ListLines {

    /** The header of our CSV format, its first line. */
    public static final String CSV_HEADER = "algorithm,hash,verdict,category,baseline,added";

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private ListLines() {
    }

    /** The first line of a file without the byte-order mark an editor may have put before it. */
    public static String withoutByteOrderMark(String firstLine) {
        return !firstLine.isEmpty() && firstLine.charAt(0) == BYTE_ORDER_MARK ? firstLine.substring(1) : firstLine;
    }

    /** Whether a line of a plain or PDQ file holds no entry (empty, only spaces, or a comment). */
    public static boolean blankOrComment(String line) {
        return line.isBlank() || line.stripLeading().startsWith("#");
    }

    /** The header line of a CSV file is ours, or why not. */
    public static Either<String, String> csvHeader(String line) {
        String header = line.strip().toLowerCase(java.util.Locale.ROOT);
        return header.equals(CSV_HEADER) ? Either.right(header)
                : Either.left("the first line of a CSV list is the header '" + CSV_HEADER + "'");
    }

    /** A line of our CSV format; empty fields take the list's defaults. */
    public static Either<String, ListEntry> csv(String line, KnownList list) {
        String[] fields = line.split(",", -1);
        if (fields.length != 6) {
            return Either.left("a line has 6 fields separated by commas (" + CSV_HEADER + "), not " + fields.length);
        }
        return HashAlgorithm.parse(fields[0]).flatMap(algorithm -> KnownHash.parse(algorithm, fields[1].strip()))
                .flatMap(hash -> classification(fields, list.defaults())
                        .flatMap(classification -> date(fields[5]).map(added ->
                                new ListEntry(hash, classification, added, Option.none()))));
    }

    /** A line of a plain file: one MD5, SHA-1 or SHA-256, known by its length. */
    public static Either<String, ListEntry> plain(String line, KnownList list) {
        String hex = line.strip();
        Option<HashAlgorithm> algorithm = List.of(HashAlgorithm.MD5, HashAlgorithm.SHA1, HashAlgorithm.SHA256)
                .find(a -> a.hexDigits() == hex.length());
        if (algorithm.isEmpty()) {
            return Either.left("a line holds one MD5, SHA-1 or SHA-256 digest (32, 40 or 64 hexadecimal digits), not "
                    + hex.length() + " characters");
        }
        return KnownHash.parse(algorithm.get(), hex).map(hash -> ListEntry.of(hash, list.defaults()));
    }

    /**
     * A line of a PDQ file: {@code hash,quality}, as Meta's tools write it; anything after a second comma (the
     * {@code pdq} command's file name) is ignored.
     */
    public static Either<String, ListEntry> pdq(String line, KnownList list) {
        String[] fields = line.split(",", 3);
        if (fields.length < 2) {
            return Either.left("a line is a PDQ hash, a comma and its quality (hash,quality)");
        }
        return KnownHash.parse(HashAlgorithm.PDQ, fields[0].strip()).flatMap(hash -> quality(fields[1])
                .map(quality -> new ListEntry(hash, list.defaults(), Option.none(), Option.some(quality))));
    }

    /**
     * The entries of one VICS medium: one for each of its MD5, SHA1 and SHA256 given, classified by its category in
     * Project VIC's U.S. scheme (1 abuse material and 3 computer-generated or drawn: illegal; 2 exploitive or age
     * difficult and 4 comparison: not illegal). Category 0, uncategorized, carries nothing known: no entries.
     */
    public static Either<String, List<ListEntry>> vics(VicsMedium medium, KnownList list) {
        Either<String, Option<KnownClassification>> classification = vicsCategory(medium.category());
        if (classification.isLeft()) {
            return Either.left(classification.getLeft());
        }
        if (classification.get().isEmpty()) {
            return Either.right(List.empty());
        }
        KnownClassification classified = classification.get().get();
        List<Either<String, KnownHash>> hashes = List.of(
                medium.md5().map(hex -> KnownHash.parse(HashAlgorithm.MD5, hex).mapLeft(r -> "MD5: " + r)),
                medium.sha1().map(hex -> KnownHash.parse(HashAlgorithm.SHA1, hex).mapLeft(r -> "SHA1: " + r)),
                medium.sha256().map(hex -> KnownHash.parse(HashAlgorithm.SHA256, hex).mapLeft(r -> "SHA256: " + r)))
                .flatMap(found -> found);
        if (hashes.isEmpty()) {
            return Either.left("a medium has an MD5, a SHA1 or a SHA256");
        }
        return Either.sequence(hashes).mapLeft(reasons -> reasons.head())
                .map(found -> found.toList().map(hash -> ListEntry.of(hash, classified)));
    }

    private static Either<String, Option<KnownClassification>> vicsCategory(Option<String> category) {
        if (category.isEmpty()) {
            return Either.left("a medium has a Category");
        }
        return switch (category.get().strip()) {
            case "0" -> Either.right(Option.none());
            case "1", "3" -> Either.right(Option.some(
                    new KnownClassification(KnownVerdict.ILLEGAL, Option.some(category.get().strip()), false)));
            case "2", "4" -> Either.right(Option.some(
                    new KnownClassification(KnownVerdict.NOT_ILLEGAL, Option.some(category.get().strip()), false)));
            default -> Either.left("a Category is 0 to 4, not '" + category.get() + "'");
        };
    }

    private static Either<String, KnownClassification> classification(String[] fields, KnownClassification defaults) {
        boolean ownVerdict = !fields[2].isBlank();
        Either<String, KnownVerdict> verdict = ownVerdict ? KnownVerdict.parse(fields[2]) : Either.right(defaults.verdict());
        Either<String, Option<String>> category = fields[3].isBlank() && !ownVerdict ? Either.right(defaults.category())
                : KnownClassification.category(fields[3]);
        Either<String, Boolean> baseline = fields[4].isBlank() ? Either.right(!ownVerdict && defaults.baseline())
                : bool(fields[4]);
        return verdict.flatMap(v -> category.flatMap(c -> baseline.flatMap(b -> b && v != KnownVerdict.ILLEGAL
                ? Either.left("only illegal content meets INTERPOL's baseline")
                : Either.right(new KnownClassification(v, c, b)))));
    }

    private static Either<String, Boolean> bool(String text) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1" -> Either.right(true);
            case "false", "no", "0" -> Either.right(false);
            default -> Either.left("baseline is true or false, not '" + text + "'");
        };
    }

    private static Either<String, Option<LocalDate>> date(String text) {
        if (text.isBlank()) {
            return Either.right(Option.none());
        }
        try {
            return Either.right(Option.some(LocalDate.parse(text.strip())));
        } catch (DateTimeParseException e) {
            return Either.left("a date added is written 2024-01-31, not '" + text + "'");
        }
    }

    private static Either<String, Integer> quality(String text) {
        String digits = text.strip();
        if (!digits.matches("[0-9]{1,3}") || Integer.parseInt(digits) > 100) {
            return Either.left("a PDQ quality is a whole number from 0 to 100, not '" + text + "'");
        }
        return Either.right(Integer.parseInt(digits));
    }
}
