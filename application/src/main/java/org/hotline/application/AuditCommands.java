package org.hotline.application;

import java.io.PrintStream;

import org.hotline.domain.audit.AuditVerification;
import picocli.CommandLine.Command;

/** {@code audit verify}: the whole audit trail against its seals and its anchor. */
@Command(name = "audit", description = "Check the audit trail.", subcommands = AuditCommands.Verify.class)
final class AuditCommands extends CommandGroup {

    @Command(name = "verify", description = "Verify the whole audit trail against its seals and its anchor; names the "
            + "first broken record. Exit status 1 when the trail is broken.")
    static final class Verify extends HotlineCommand {

        @Override
        public Integer call() {
            return withDatabase(database -> report(AuditKeeping.over(database, configuration()).verify(), out(), err()));
        }
    }

    /** Says what the verification found: 0 when the trail is intact, 1 when it is broken. */
    static int report(AuditVerification verification, PrintStream out, PrintStream err) {
        if (verification instanceof AuditVerification.Intact intact) {
            out.println("The audit trail is intact: " + intact.records() + " records, each in its place and unchanged"
                    + (intact.sealedFrom() <= 1 ? ", every one sealed"
                            : ", sealed from record " + intact.sealedFrom() + " on (those before were written before sealing began)")
                    + "; it reaches its anchor outside the database (record " + intact.anchoredAt() + ").");
            out.println("Hash of the last record: " + intact.lastHash());
            return Commands.DONE;
        }
        AuditVerification.Broken broken = (AuditVerification.Broken) verification;
        err.println("The audit trail is broken at record " + broken.sequence() + ": " + broken.reason() + ".");
        err.println(broken.verifiedUpTo() == 0 ? "No record before it verifies."
                : "Records 1 to " + broken.verifiedUpTo() + " verify.");
        return Commands.FAILED;
    }
}
