package org.hotline.adapters.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One real, embedded PostgreSQL for all tests of this module's JVM, in a fresh temporary directory, emptied
 * between tests.
 */
final class TestDatabase {

    private static Database database;
    private static Path directory;

    private TestDatabase() {
    }

    static synchronized Database shared() {
        if (database == null) {
            try {
                directory = Files.createTempDirectory("hotline-test-db");
                database = Database.start(DatabaseSettings.embedded(directory));
                Runtime.getRuntime().addShutdownHook(new Thread(database::close));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return database;
    }

    /** The shared database reached at {@code url} as an external one, with the roles and passwords of its directory. */
    static DatabaseSettings asExternal(String url, Path dataDirectory) throws IOException {
        shared();
        EmbeddedCredentials credentials = EmbeddedCredentials.readFrom(directory);
        return new DatabaseSettings(java.util.Optional.of(url), java.util.Optional.of(EmbeddedCredentials.APPLICATION),
                java.util.Optional.of(credentials.applicationPassword()), dataDirectory, 2, 0,
                java.util.Optional.of(EmbeddedCredentials.OWNER), java.util.Optional.of(credentials.ownerPassword()));
    }

    /** A key for tests: not secret, but the same on every run. */
    static final String AUDIT_KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    /**
     * The audit trail over the database, sealed under the tests' key and anchored in the given directory, as the
     * program keeps it in its data directory.
     */
    static PostgresAuditTrail auditTrail(Database database, Path anchorDirectory) {
        HmacAuditSeal seal = seal();
        return new PostgresAuditTrail(database, seal, FileAuditAnchors.in(anchorDirectory, seal));
    }

    static HmacAuditSeal seal() {
        try {
            return new HmacAuditSeal(AuditKey.load(java.util.Optional.of(AUDIT_KEY), Path.of(".")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the work on the handle with the audit trail's triggers off, as its owner or a superuser can (the handle must
     * be theirs: see {@link Database#asOwner()}).
     */
    static void withAuditTriggersDisabled(org.jdbi.v3.core.Handle handle, Runnable work) {
        handle.useTransaction(transaction -> {
            transaction.execute("alter table audit_record disable trigger user");
            transaction.execute("alter table audit_head disable trigger user");
            work.run();
            transaction.execute("alter table audit_head enable trigger user");
            transaction.execute("alter table audit_record enable trigger user");
        });
    }

    static Database empty() {
        Database shared = shared();
        shared.asOwner().useHandle(handle -> {
            handle.execute("truncate capture_item, capture_hop, capture, capture_job, assessment_reference, assessment_answer, assessment, welfare_spell, welfare_exposure, "
                    + "welfare_limit_lift, report_url, case_file, report, partner, staff_session, staff_member cascade");
            handle.execute("truncate known_import_line, known_entry, known_list restart identity cascade");
            // The audit trail refuses to be emptied; tests, as the database's superuser, lift that for a moment.
            withAuditTriggersDisabled(handle, () -> handle.execute("truncate audit_record, audit_head"));
        });
        return shared;
    }
}
