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

    static Database empty() {
        Database shared = shared();
        shared.jdbi().useHandle(handle -> handle.execute("truncate assessment_reference, assessment_answer, assessment, "
                + "welfare_spell, welfare_exposure, welfare_limit_lift, report_url, case_file, report, partner cascade"));
        return shared;
    }
}
