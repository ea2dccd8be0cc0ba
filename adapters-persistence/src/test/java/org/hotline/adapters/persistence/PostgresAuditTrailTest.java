package org.hotline.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hotline.domain.audit.AuditEntry;
import org.hotline.domain.audit.AuditHead;
import org.hotline.domain.audit.AuditRecord;
import org.hotline.domain.audit.AuditTrailVerifier;
import org.hotline.domain.audit.AuditVerification;
import org.hotline.domain.staff.Role;
import org.hotline.domain.staff.StaffId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresAuditTrailTest {

    private static final Instant AT = Instant.parse("2026-04-02T10:15:30.123456Z");

    private Database database;
    private PostgresAuditTrail trail;

    @BeforeEach
    void emptyDatabase() {
        database = TestDatabase.empty();
        trail = new PostgresAuditTrail(database);
    }

    @Test
    void records_round_trip_and_chain() {
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
        assertThat(trail.head()).isEqualTo(records.get(1).head());
        assertThat(new AuditTrailVerifier(trail).verify()).isInstanceOf(AuditVerification.Intact.class);
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

        assertThat(new AuditTrailVerifier(trail).verify()).isInstanceOfSatisfying(AuditVerification.Intact.class,
                intact -> assertThat(intact.records()).isEqualTo(writers * each));
    }

    @Test
    void a_record_is_kept_only_with_the_unit_of_work_it_belongs_to() {
        trail.record(AuditEntry.bySystem(AT, "staff.created", "staff:kept", "", ""));
        AuditHead before = trail.head();

        assertThatThrownBy(() -> new PostgresUnitOfWork(database).inOneUnit(() -> {
            trail.record(AuditEntry.bySystem(AT, "staff.created", "staff:rolled-back", "", ""));
            throw new IllegalStateException("the change failed");
        })).hasMessage("the change failed");

        assertThat(trail.head()).isEqualTo(before);
        assertThat(trail.after(0, 10)).hasSize(1);
    }

    @Test
    void the_database_refuses_to_update_delete_or_truncate_audit_records() {
        trail.record(AuditEntry.bySystem(AT, "staff.created", "staff:x", "", ""));

        for (String statement : List.of("update audit_record set subject = 'staff:y'", "delete from audit_record",
                "truncate audit_record")) {
            assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute(statement)))
                    .as(statement).hasMessageContaining("append-only");
        }
        assertThat(trail.after(0, 10).single().entry().subject()).isEqualTo("staff:x");
    }

    @Test
    void a_row_tampered_with_by_a_superuser_is_found_and_named() {
        for (int i = 1; i <= 5; i++) {
            trail.record(AuditEntry.bySystem(AT.plusSeconds(i), "staff.roles_changed", "staff:" + i, "roles=ANALYST",
                    "roles=SUPERVISOR"));
        }
        database.jdbi().useHandle(handle -> TestDatabase.withAuditTriggersDisabled(handle, () -> handle.execute(
                "update audit_record set state_after = 'roles=ADMINISTRATOR' where sequence = 3")));

        assertThat(new AuditTrailVerifier(trail).verify()).isInstanceOfSatisfying(AuditVerification.Broken.class, broken -> {
            assertThat(broken.sequence()).isEqualTo(3);
            assertThat(broken.verifiedUpTo()).isEqualTo(2);
        });
    }

    @Test
    void a_row_deleted_by_a_superuser_is_found_and_named() {
        for (int i = 1; i <= 4; i++) {
            trail.record(AuditEntry.bySystem(AT.plusSeconds(i), "staff.signed_in", "staff:" + i, "", ""));
        }
        database.jdbi().useHandle(handle -> TestDatabase.withAuditTriggersDisabled(handle, () -> handle.execute(
                "delete from audit_record where sequence = 4")));

        assertThat(new AuditTrailVerifier(trail).verify()).isInstanceOfSatisfying(AuditVerification.Broken.class,
                broken -> assertThat(broken.sequence()).isEqualTo(4));
    }
}
