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

    private TestDatabase() {
    }

    static synchronized Database shared() {
        if (database == null) {
            try {
                Path directory = Files.createTempDirectory("hotline-test-db");
                database = Database.start(DatabaseSettings.embedded(directory));
                Runtime.getRuntime().addShutdownHook(new Thread(database::close));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return database;
    }

    /** Runs the work on the handle with the audit trail's append-only triggers off, as only a superuser can. */
    static void withAuditTriggersDisabled(org.jdbi.v3.core.Handle handle, Runnable work) {
        handle.useTransaction(transaction -> {
            transaction.execute("alter table audit_record disable trigger user");
            work.run();
            transaction.execute("alter table audit_record enable trigger user");
        });
    }

    static Database empty() {
        Database shared = shared();
        shared.jdbi().useHandle(handle -> {
            handle.execute("truncate capture_item, capture_hop, capture, capture_job, assessment_reference, assessment_answer, assessment, welfare_spell, welfare_exposure, "
                    + "welfare_limit_lift, report_url, case_file, report, partner, staff_session, staff_member, audit_head cascade");
            // The audit trail refuses to be emptied; tests, as the database's superuser, lift that for a moment.
            withAuditTriggersDisabled(handle, () -> handle.execute("truncate audit_record"));
        });
        return shared;
    }
}
