package org.hotline.application;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import io.vavr.control.Either;
import org.hotline.adapters.capture.image.ImageFailure;
import org.hotline.adapters.capture.image.ImageFingerprinter;
import org.hotline.adapters.persistence.Backups;
import org.hotline.adapters.persistence.Database;
import org.hotline.adapters.persistence.PostgresAssessments;
import org.hotline.adapters.persistence.PostgresAuditTrail;
import org.hotline.adapters.persistence.PostgresCases;
import org.hotline.adapters.persistence.PostgresPartners;
import org.hotline.domain.assessment.LawChanges;
import org.hotline.domain.audit.AuditTrailVerifier;
import org.hotline.domain.audit.AuditVerification;
import org.hotline.domain.partner.PartnerRegistry;

/**
 * The program's commands besides serving. Each says what it did, or what went wrong, in one or two lines. With the
 * embedded database they run while the server is stopped (the data directory is locked while it runs).
 */
final class Commands {

    static final String USAGE = """
            Usage: java -jar hotline.jar [command]
              (no command)            start the hotline
              partner add NAME        register a partner organisation; prints its API key once
              partner list            list the partner organisations
              partner withdraw ID     withdraw a partner's key; requests with it are refused from then on
              backup FILE             write a consistent backup of the database to FILE
              restore FILE            restore a backup into an empty database (a new HOTLINE_DB_DIR, or an
                                      empty external database)
              audit verify            verify the whole audit trail; names the first broken record
              pdq FILE...             print each picture's PDQ hash and quality: hash,quality,file
              law changes             list the open cases the law in force (rules and HOTLINE_LAW_* settings)
                                      would decide otherwise than they were decided
              trace ADDRESS...        trace where host names or IP addresses (or web addresses) are hosted: DNS
                                      answers, country, AS number, organisation, CDN, data version
            """;

    /** Largest file the pdq command reads: the capture's own item limit. */
    static final long LARGEST_PICTURE_FILE = 50L * 1024 * 1024;

    private Commands() {
    }

    /** Runs a command; the exit status: 0 done, 2 wrong usage, 1 failed. */
    static int run(List<String> args, Configuration configuration, PrintStream out, PrintStream err) {
        if (args.size() >= 2 && args.get(0).equals("partner") && args.get(1).equals("add") && args.size() >= 3) {
            return withDatabase(configuration, err, database -> {
                var registry = new PartnerRegistry(new PostgresPartners(database), Hotline.CLOCK, UUID::randomUUID);
                return registry.register(String.join(" ", args.subList(2, args.size()))).fold(
                        errors -> {
                            errors.forEach(e -> err.println(e.detail()));
                            return 2;
                        },
                        registration -> {
                            out.println("Registered partner " + registration.partner().name() + " (" + registration.partner().id() + ").");
                            out.println("Its API key, shown this once (send it as 'Authorization: Bearer <key>'):");
                            out.println(registration.key().secret());
                            return 0;
                        });
            });
        }
        if (args.size() == 3 && args.get(0).equals("partner") && args.get(1).equals("withdraw")) {
            java.util.Optional<java.util.UUID> id;
            try {
                id = java.util.Optional.of(java.util.UUID.fromString(args.get(2)));
            } catch (IllegalArgumentException e) {
                id = java.util.Optional.empty();
            }
            if (id.isEmpty()) {
                err.println("A partner is named by its identifier, as 'partner list' shows it.");
                return 2;
            }
            var partner = new org.hotline.domain.partner.PartnerId(id.get());
            return withDatabase(configuration, err, database -> {
                if (new PartnerRegistry(new PostgresPartners(database), Hotline.CLOCK, UUID::randomUUID).withdraw(partner)) {
                    out.println("Withdrew the key of partner " + partner + ".");
                    return 0;
                }
                err.println("There is no partner " + partner + ".");
                return 1;
            });
        }
        if (args.equals(List.of("partner", "list"))) {
            return withDatabase(configuration, err, database -> {
                for (var partner : new PostgresPartners(database).all()) {
                    out.println(partner.id() + "  " + (partner.active() ? "active   " : "withdrawn") + "  "
                            + partner.registeredAt() + "  " + partner.name());
                }
                return 0;
            });
        }
        if (args.size() == 2 && args.get(0).equals("backup")) {
            return withDatabase(configuration, err, database -> {
                try {
                    var summary = new Backups(database).backup(Path.of(args.get(1)));
                    out.println("Backup written to " + args.get(1) + " (schema version " + summary.schemaVersion()
                            + "): " + summary.rows());
                    return 0;
                } catch (IOException e) {
                    err.println(e.getMessage());
                    return 1;
                }
            });
        }
        if (args.size() == 2 && args.get(0).equals("restore")) {
            Path file = Path.of(args.get(1));
            if (!Files.isRegularFile(file)) {
                err.println("There is no backup file at " + file);
                return 2;
            }
            try (Database database = Database.openForRestore(configuration.database())) {
                var summary = new Backups(database).restore(file);
                out.println("Restored " + file + " (schema version " + summary.schemaVersion() + "): " + summary.rows());
            } catch (IOException | RuntimeException e) {
                err.println(e.getMessage());
                return 1;
            }
            return withDatabase(configuration, err, database -> {
                AuditKeeping audit = AuditKeeping.over(database, configuration);
                audit.anchors().restart(audit.trail().head());
                out.println("The audit trail's anchor starts again at its restored end (record "
                        + audit.trail().head().sequence() + "); the one before is kept beside it.");
                return 0;
            });
        }
        if (args.size() >= 2 && args.get(0).equals("pdq")) {
            return pdq(args.subList(1, args.size()), out, err);
        }
        if (args.equals(List.of("law", "changes"))) {
            return withDatabase(configuration, err, database -> lawChanges(configuration, database, out));
        }
        if (args.size() >= 2 && args.get(0).equals("trace")) {
            return TraceCommand.run(args.subList(1, args.size()), configuration.hostingTrace(), Hotline.CLOCK, out, err);
        }
        if (args.equals(List.of("audit", "verify"))) {
            return withDatabase(configuration, err, database -> report(
                    AuditKeeping.over(database, configuration).verify(), out, err));
        }
        err.print(USAGE);
        return 2;
    }

    /** Lists the open cases the rule book in force would decide otherwise, each with both verdicts. */
    private static int lawChanges(Configuration configuration, Database database, PrintStream out) {
        var home = Jurisdictions.discover(configuration).home(configuration.jurisdiction(),
                Jurisdictions.settingsFrom(System.getenv()));
        var changes = new LawChanges(home.law(), new PostgresCases(database), new PostgresAssessments(database))
                .affectedOpenCases();
        out.println("Rule book in force: " + home.law().ruleBookVersion() + " (" + home.jurisdiction().name() + ").");
        out.println(changes.isEmpty() ? "No open case would be decided otherwise."
                : changes.size() + " open case(s) would be decided otherwise; decide them again by appeal or legal decision:");
        for (var change : changes) {
            var recorded = change.recorded().classification();
            out.println(change.theCase().id() + "  " + change.theCase().state().name() + "  "
                    + change.theCase().url().canonical());
            out.println("    follows: " + describe(recorded) + ", rule book " + recorded.ruleBook() + ", law of "
                    + recorded.lawDate());
            out.println("    now:     " + change.now().fold(unreadable -> unreadable, Commands::describe));
        }
        return 0;
    }

    private static String describe(org.hotline.domain.law.Classification classification) {
        var verdict = classification.verdict();
        String citations = verdict instanceof org.hotline.domain.law.Verdict.Illegal illegal
                ? " (" + illegal.references().map(org.hotline.domain.law.StatuteReference::citation).mkString("; ") + ")"
                : "";
        return verdict.kind() + " by the rule '" + classification.rule() + "'" + citations;
    }

    /** Says what the verification found: 0 when the trail is intact, 1 when it is broken. */
    static int report(AuditVerification verification, PrintStream out, PrintStream err) {
        if (verification instanceof AuditVerification.Intact intact) {
            out.println("The audit trail is intact: " + intact.records() + " records, each in its place and unchanged"
                    + (intact.sealedFrom() <= 1 ? ", every one sealed"
                            : ", sealed from record " + intact.sealedFrom() + " on (those before were written before sealing began)")
                    + "; it reaches its anchor outside the database (record " + intact.anchoredAt() + ").");
            out.println("Hash of the last record: " + intact.lastHash());
            return 0;
        }
        AuditVerification.Broken broken = (AuditVerification.Broken) verification;
        err.println("The audit trail is broken at record " + broken.sequence() + ": " + broken.reason() + ".");
        err.println(broken.verifiedUpTo() == 0 ? "No record before it verifies."
                : "Records 1 to " + broken.verifiedUpTo() + " verify.");
        return 1;
    }

    /**
     * Prints {@code hash,quality,file} for each picture (as Meta's photo hasher does), and for a file that cannot be
     * read or decoded, a line on the error stream saying why; 0 when every file was hashed, 1 otherwise.
     */
    static int pdq(List<String> files, PrintStream out, PrintStream err) {
        var fingerprinter = new ImageFingerprinter();
        int failed = 0;
        for (String file : files) {
            var hashed = readPicture(Path.of(file)).flatMap(bytes -> fingerprinter.examine(bytes)
                    .mapLeft(ImageFailure::detail));
            if (hashed.isRight()) {
                out.println(hashed.get().pdq().hash().hex() + "," + hashed.get().pdq().quality() + "," + file);
            } else {
                err.println(file + ": " + hashed.getLeft());
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static Either<String, byte[]> readPicture(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Either.left(Files.exists(file) ? "not a file" : "no such file");
            }
            if (Files.size(file) > LARGEST_PICTURE_FILE) {
                return Either.left("larger than " + LARGEST_PICTURE_FILE / (1024 * 1024) + " MB");
            }
            return Either.right(Files.readAllBytes(file));
        } catch (IOException | SecurityException e) {
            return Either.left("cannot be read (" + e.getMessage() + ")");
        }
    }

    private static int withDatabase(Configuration configuration, PrintStream err,
            java.util.function.ToIntFunction<Database> command) {
        try (Database database = Database.start(configuration.database())) {
            if (!database.ready()) {
                err.println("The database is not reachable: " + configuration.database());
                return 1;
            }
            return command.applyAsInt(database);
        } catch (RuntimeException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
