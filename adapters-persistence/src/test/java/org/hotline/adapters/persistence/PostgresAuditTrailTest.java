package org.hotline.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hotline.domain.audit.AuditChain;
import org.hotline.domain.audit.AuditEntry;
import org.hotline.domain.audit.AuditHead;
import org.hotline.domain.audit.AuditRecord;
import org.hotline.domain.audit.AuditTrailVerifier;
import org.hotline.domain.audit.AuditVerification;
import org.hotline.domain.staff.Role;
import org.hotline.domain.staff.StaffId;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit trail over the real database, sealed under a key and anchored in a file as the program keeps them, and
 * every way the security review found to shorten, wipe or rewrite it as a database superuser (issue 10, finding 1):
 * each is now found by verification.
 */
class PostgresAuditTrailTest {

    private static final Instant AT = Instant.parse("2026-04-02T10:15:30.123456Z");

    @TempDir
    Path dataDirectory;

    private Database database;
    private PostgresAuditTrail trail;
    private FileAuditAnchors anchors;

    @BeforeEach
    void emptyDatabase() {
        database = TestDatabase.empty();
        anchors = FileAuditAnchors.in(dataDirectory, TestDatabase.seal());
        trail = new PostgresAuditTrail(database, TestDatabase.seal(), anchors);
        anchors.begin(trail.head());
    }

    @Test
    void records_round_trip_sealed_and_chained_and_the_anchor_follows_them() throws Exception {
        StaffId actor = new StaffId(UUID.randomUUID());
        AuditEntry first = AuditEntry.byStaff(actor, Role.ADMINISTRATOR, AT, "staff.created", "staff:x", "",
                "roles=ANALYST; \"quoted\" ünïcode");
        AuditEntry second = AuditEntry.bySystem(AT.plusNanos(1_500), "staff.sign_in_failed", "staff:unknown", "", "");
        trail.record(first);
        trail.record(second);

        var records = trail.after(0, 10);
        assertThat(records.map(AuditRecord::entry)).containsExactly(first, AuditEntry.bySystem(AT.plusNanos(1_000),
                "staff.sign_in_failed", "staff:unknown", "", ""));
        assertThat(records.get(1).previousHash()).isEqualTo(records.get(0).hash());
        assertThat(records.get(1).seal()).contains(TestDatabase.seal().sealOf(records.get(1).hash()));
        assertThat(trail.head()).isEqualTo(records.get(1).head());
        assertThat(anchors.latest().get().head()).isEqualTo(trail.head());
        assertThat(Files.readString(dataDirectory.resolve(FileAuditAnchors.FILE))).contains("sequence=2")
                .contains("hash=" + trail.head().hash());
        assertThat(verify()).isEqualTo(new AuditVerification.Intact(2, trail.head().hash(), 2, 1));
    }

    @Test
    void concurrent_appends_never_fork_the_chain() throws Exception {
        int writers = 6;
        int each = 20;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            results.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    trail.record(AuditEntry.bySystem(AT, "staff.signed_in", "staff:" + writer + "-" + i, "", ""));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> result : results) {
            result.get();
        }
        pool.shutdown();

        assertThat(verify()).isInstanceOfSatisfying(AuditVerification.Intact.class,
                intact -> assertThat(intact.records()).isEqualTo(writers * each));
        assertThat(anchors.latest().get().head().sequence()).isEqualTo(writers * each);
    }

    @Test
    void a_record_is_kept_only_with_the_unit_of_work_it_belongs_to_and_only_then_anchored() {
        trail.record(AuditEntry.bySystem(AT, "staff.created", "staff:kept", "", ""));
        AuditHead before = trail.head();

        assertThatThrownBy(() -> new PostgresUnitOfWork(database).inOneUnit(() -> {
            trail.record(AuditEntry.bySystem(AT, "staff.created", "staff:rolled-back", "", ""));
            throw new IllegalStateException("the change failed");
        })).hasMessage("the change failed");

        assertThat(trail.head()).isEqualTo(before);
        assertThat(trail.after(0, 10)).hasSize(1);
        assertThat(anchors.latest().get().head()).isEqualTo(before);
        assertThat(verify()).isInstanceOf(AuditVerification.Intact.class);
    }

    @Test
    void the_database_refuses_to_change_remove_or_reorder_records_and_to_move_the_head_back() {
        recordFive();

        for (String statement : List.of("update audit_record set subject = 'staff:y'", "delete from audit_record",
                "truncate audit_record", "update audit_head set last_sequence = 2", "delete from audit_head",
                "truncate audit_head",
                "insert into audit_record (sequence, at, action, subject, state_before, state_after, previous_hash, hash) "
                        + "values (9, now(), 'staff.created', 'staff:z', '', '', repeat('0', 64), repeat('1', 64))")) {
            assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute(statement)))
                    .as("the program's own role: " + statement).hasMessageContaining("audit");
            assertThatThrownBy(() -> database.asOwner().useHandle(h -> h.execute(statement)))
                    .as("the owner, with the triggers on: " + statement).hasMessageContaining("refused")
                    .hasMessageContaining("audit");
        }
        assertThat(trail.after(0, 10)).hasSize(5);
        assertThat(verify()).isInstanceOf(AuditVerification.Intact.class);
    }

    @Test
    void the_last_records_deleted_and_the_head_moved_back_are_found_by_the_anchor() {
        recordFive();
        AuditRecord third = trail.after(2, 1).single();
        asSuperuser(handle -> {
            handle.execute("delete from audit_record where sequence > 3");
            handle.execute("update audit_head set last_sequence = 3, last_hash = ?", third.hash());
        });

        assertThat(verify()).isInstanceOfSatisfying(AuditVerification.Broken.class, broken -> {
            assertThat(broken.sequence()).isEqualTo(4);
            assertThat(broken.verifiedUpTo()).isEqualTo(3);
            assertThat(broken.reason()).contains("records 4 to 5 are missing").contains("anchor");
        });
    }

    @Test
    void both_tables_truncated_are_found_by_the_anchor() {
        recordFive();
        asSuperuser(handle -> handle.execute("truncate audit_record, audit_head"));

        assertThat(verify()).isInstanceOfSatisfying(AuditVerification.Broken.class,
                broken -> assertThat(broken.reason()).contains("records 1 to 5 are missing"));
    }

    @Test
    void both_tables_truncated_while_accounts_exist_are_not_an_intact_trail_even_without_an_anchor() throws Exception {
        recordFive();
        database.jdbi().useHandle(handle -> handle.execute("""
                insert into staff_member (id, username, display_name, roles, active, password_hash, must_change_password,
                    created_at, updated_at)
                values (gen_random_uuid(), 'someone', 'Someone', array['ANALYST'], true, 'x', false, now(), now())"""));
        asSuperuser(handle -> handle.execute("truncate audit_record, audit_head"));
        Files.delete(dataDirectory.resolve(FileAuditAnchors.FILE));

        assertThat(new AuditTrailVerifier(trail, TestDatabase.seal(), FileAuditAnchors.in(dataDirectory, TestDatabase.seal()))
                .verify()).isInstanceOfSatisfying(AuditVerification.Broken.class,
                broken -> assertThat(broken.reason()).contains("the trail is empty, but 1 accounts and 0 cases exist"));
    }

    @Test
    void record_five_rewritten_with_every_later_hash_recomputed_is_found_by_its_seal() {
        recordFive();
        asSuperuser(handle -> {
            AuditHead head = trail.after(3, 1).single().head();
            for (AuditRecord record : trail.after(4, 10)) {
                AuditEntry entry = record.sequence() == 5
                        ? AuditEntry.bySystem(record.entry().at(), "staff.roles_changed", "staff:5", "roles=ANALYST",
                                "roles=ADMINISTRATOR")
                        : record.entry();
                String hash = AuditChain.hashOf(record.sequence(), entry, head.hash());
                handle.execute("update audit_record set state_after = ?, previous_hash = ?, hash = ?, seal = null "
                        + "where sequence = ?", entry.after(), head.hash(), hash, record.sequence());
                head = new AuditHead(record.sequence(), hash);
            }
            handle.execute("update audit_head set last_hash = ?", head.hash());
        });

        assertThat(verify()).isInstanceOfSatisfying(AuditVerification.Broken.class, broken -> {
            assertThat(broken.sequence()).isEqualTo(5);
            assertThat(broken.verifiedUpTo()).isEqualTo(4);
            assertThat(broken.reason()).contains("no seal");
        });
    }

    @Test
    void a_forged_record_appended_is_found_by_its_missing_seal() {
        recordFive();
        AuditHead end = trail.head();
        AuditEntry forged = AuditEntry.bySystem(AT.plusSeconds(60), "staff.created", "staff:forged", "", "roles=ADMINISTRATOR");
        String hash = AuditChain.hashOf(6, forged, end.hash());
        // Appended in order, the way the program appends: the database's own rules let this through.
        database.jdbi().useTransaction(handle -> {
            handle.execute("insert into audit_record (sequence, at, action, subject, state_before, state_after, "
                    + "previous_hash, hash) values (6, ?, 'staff.created', 'staff:forged', '', 'roles=ADMINISTRATOR', ?, ?)",
                    forged.at(), end.hash(), hash);
            handle.execute("update audit_head set last_sequence = 6, last_hash = ?", hash);
        });

        assertThat(verify()).isInstanceOfSatisfying(AuditVerification.Broken.class, broken -> {
            assertThat(broken.sequence()).isEqualTo(6);
            assertThat(broken.reason()).contains("carries no seal");
        });
    }

    @Test
    void a_row_tampered_with_by_a_superuser_is_found_and_named() {
        recordFive();
        asSuperuser(handle -> handle.execute("update audit_record set state_after = 'roles=ADMINISTRATOR' where sequence = 3"));

        assertThat(verify()).isInstanceOfSatisfying(AuditVerification.Broken.class, broken -> {
            assertThat(broken.sequence()).isEqualTo(3);
            assertThat(broken.verifiedUpTo()).isEqualTo(2);
        });
    }

    @Test
    void a_row_deleted_by_a_superuser_is_found_and_named() {
        recordFive();
        asSuperuser(handle -> handle.execute("delete from audit_record where sequence = 4"));

        assertThat(verify()).isInstanceOfSatisfying(AuditVerification.Broken.class,
                broken -> assertThat(broken.sequence()).isEqualTo(4));
    }

    @Test
    void an_anchor_file_changed_by_hand_is_refused() throws Exception {
        recordFive();
        Path file = dataDirectory.resolve(FileAuditAnchors.FILE);
        Files.writeString(file, Files.readString(file).replace("sequence=5", "sequence=3"));

        assertThatThrownBy(() -> FileAuditAnchors.in(dataDirectory, TestDatabase.seal()).latest())
                .hasMessageContaining("not one this program wrote");
    }

    private void recordFive() {
        for (int i = 1; i <= 5; i++) {
            trail.record(AuditEntry.bySystem(AT.plusSeconds(i), "staff.roles_changed", "staff:" + i, "roles=ANALYST",
                    "roles=SUPERVISOR"));
        }
    }

    private AuditVerification verify() {
        return new AuditTrailVerifier(trail, TestDatabase.seal(), FileAuditAnchors.in(dataDirectory, TestDatabase.seal()))
                .verify();
    }

    /** As the owner of the schema or a superuser can: with the trail's triggers lifted for a moment. */
    private void asSuperuser(java.util.function.Consumer<Handle> tampering) {
        database.asOwner().useHandle(handle -> TestDatabase.withAuditTriggersDisabled(handle, () -> tampering.accept(handle)));
    }
}
