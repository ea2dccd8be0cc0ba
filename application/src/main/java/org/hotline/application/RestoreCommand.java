package org.hotline.application;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hotline.adapters.persistence.Backups;
import org.hotline.adapters.persistence.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code restore FILE}: a backup into an empty database, and the audit trail's anchor started again at its end. */
@Command(name = "restore", description = {"Restore a backup into an empty database (a new HOTLINE_DB_DIR, or an empty "
        + "external database), then migrate it to the program's schema.", "The audit trail's anchor starts again at the "
        + "restored end; the one before is kept beside it."})
final class RestoreCommand extends HotlineCommand {

    @Parameters(paramLabel = "FILE", description = "A backup written by 'backup' or by the scheduled backups.")
    Path file;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            err().println("There is no backup file at " + file);
            return Commands.WRONG_USAGE;
        }
        Configuration configuration = configuration();
        try (Database database = Database.openForRestore(configuration.database())) {
            var summary = new Backups(database).restore(file);
            out().println("Restored " + file + " (schema version " + summary.schemaVersion() + "): " + summary.rows());
        } catch (IOException | RuntimeException e) {
            err().println(e.getMessage());
            return Commands.FAILED;
        }
        return withDatabase(database -> {
            AuditKeeping audit = AuditKeeping.over(database, configuration);
            audit.anchors().restart(audit.trail().head());
            out().println("The audit trail's anchor starts again at its restored end (record "
                    + audit.trail().head().sequence() + "); the one before is kept beside it.");
            return Commands.DONE;
        });
    }
}
