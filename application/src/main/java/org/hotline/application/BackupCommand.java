package org.hotline.application;

import java.io.IOException;
import java.nio.file.Path;

import org.hotline.adapters.persistence.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code backup FILE}: a consistent backup of the database in one file. */
@Command(name = "backup", description = "Write a consistent backup of the database to FILE.")
final class BackupCommand extends HotlineCommand {

    @Parameters(paramLabel = "FILE", description = "The file to write.")
    Path file;

    @Override
    public Integer call() {
        return withDatabase(database -> {
            try {
                var summary = new Backups(database).backup(file);
                out().println("Backup written to " + file + " (schema version " + summary.schemaVersion() + "): " + summary.rows());
                return Commands.DONE;
            } catch (IOException e) {
                err().println(e.getMessage());
                return Commands.FAILED;
            }
        });
    }
}
