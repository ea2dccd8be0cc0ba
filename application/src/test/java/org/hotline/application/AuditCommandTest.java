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
 * naming the record where a database superuser changed, shortened or wiped the trail behind the program's back.
 */
class AuditCommandTest {

    @TempDir
    Path data;

    @Test
    void the_verify_command_finds_the_trail_intact_then_names_the_record_tampered_with() {
        Configuration configuration = staffedHotline();

        Output intact = verify(configuration);
        assertThat(intact.status()).isZero();
        assertThat(intact.out()).contains("The audit trail is intact").contains("every one sealed")
                .contains("reaches its anchor outside the database").containsPattern("[0-9a-f]{64}");

        long tampered = sequenceOf(configuration, "action = 'staff.created' and state_after like 'roles=ANALYST%'");
        asSuperuser(configuration, "update audit_record set state_after = 'roles=ADMINISTRATOR; active=true' where sequence = "
                + tampered);

        Output broken = verify(configuration);
        assertThat(broken.status()).isEqualTo(1);
        assertThat(broken.err()).contains("broken at record " + tampered + ":")
                .contains("Records 1 to " + (tampered - 1) + " verify.");
    }

    @Test
    void the_last_records_deleted_with_the_head_moved_back_are_found() {
        Configuration configuration = staffedHotline();
        long kept = sequenceOf(configuration, "action = 'staff.created' and state_after like 'roles=ANALYST%'");

        asSuperuser(configuration, "delete from audit_record where sequence > " + kept,
                "update audit_head set last_sequence = " + kept + ", last_hash = (select hash from audit_record where sequence = "
                        + kept + ")");

        Output broken = verify(configuration);
        assertThat(broken.status()).isEqualTo(1);
        assertThat(broken.err()).contains("broken at record " + (kept + 1) + ":").contains("missing from the end")
                .contains("anchor");
    }

    @Test
    void the_whole_trail_truncated_is_found() {
        Configuration configuration = staffedHotline();

        asSuperuser(configuration, "truncate audit_record, audit_head");

        Output broken = verify(configuration);
        assertThat(broken.status()).isEqualTo(1);
        assertThat(broken.err()).contains("broken at record 1:");
    }

    /** A hotline with an administrator and an analyst, stopped; the trail holds their creation and sign-ins. */
    private Configuration staffedHotline() {
        Configuration configuration = TestConfigurations.embeddedIn(data);
        try (Hotline hotline = Hotline.start(configuration, JurisdictionSettings.none())) {
            var staffing = new Staffing(hotline);
            staffing.member(staffing.firstAdministrator(), "alice", "analyst passphrase", Role.ANALYST);
        }
        return configuration;
    }

    private static long sequenceOf(Configuration configuration, String condition) {
        try (Database database = Database.start(configuration.database())) {
            return database.jdbi().withHandle(handle -> handle.createQuery(
                    "select sequence from audit_record where " + condition).mapTo(Long.class).one());
        }
    }

    /** As the owner of the schema or a superuser can: lift the trail's triggers, change what it likes, restore them. */
    private static void asSuperuser(Configuration configuration, String... statements) {
        try (Database database = Database.start(configuration.database())) {
            database.asOwner().useTransaction(handle -> {
                handle.execute("alter table audit_record disable trigger user");
                handle.execute("alter table audit_head disable trigger user");
                for (String statement : statements) {
                    handle.execute(statement);
                }
                handle.execute("alter table audit_head enable trigger user");
                handle.execute("alter table audit_record enable trigger user");
            });
        }
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
