package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.hotline.adapters.persistence.Database;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.hotline.domain.staff.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar hotline.jar audit verify} on a trail written by the running program: intact after real work, and
 * naming the record that a database superuser changed behind the program's back.
 */
class AuditCommandTest {

    @TempDir
    Path data;

    @Test
    void the_verify_command_finds_the_trail_intact_then_names_the_record_tampered_with() {
        Configuration configuration = TestConfigurations.embeddedIn(data);
        try (Hotline hotline = Hotline.start(configuration, JurisdictionSettings.none())) {
            var staffing = new Staffing(hotline);
            staffing.member(staffing.firstAdministrator(), "alice", "analyst passphrase", Role.ANALYST);
        }

        Output intact = verify(configuration);
        assertThat(intact.status()).isZero();
        assertThat(intact.out()).contains("The audit trail is intact").containsPattern("[0-9a-f]{64}");

        long tampered;
        try (Database database = Database.start(configuration.database())) {
            tampered = database.jdbi().withHandle(handle -> handle.createQuery(
                    "select sequence from audit_record where action = 'staff.created' and state_after like 'roles=ANALYST%'")
                    .mapTo(Long.class).one());
            database.jdbi().useTransaction(handle -> {
                // As the database's superuser can: lift the append-only triggers, rewrite a record, restore them.
                handle.execute("alter table audit_record disable trigger user");
                handle.execute("update audit_record set state_after = 'roles=ADMINISTRATOR; active=true' where sequence = ?",
                        tampered);
                handle.execute("alter table audit_record enable trigger user");
            });
        }

        Output broken = verify(configuration);
        assertThat(broken.status()).isEqualTo(1);
        assertThat(broken.err()).contains("broken at record " + tampered + ":")
                .contains("Records 1 to " + (tampered - 1) + " verify.");
    }

    private record Output(int status, String out, String err) {
    }

    private static Output verify(Configuration configuration) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = Commands.run(List.of("audit", "verify"), configuration, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Output(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
