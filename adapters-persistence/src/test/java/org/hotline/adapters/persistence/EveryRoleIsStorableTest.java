package org.hotline.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import io.vavr.collection.TreeSet;
import org.hotline.domain.audit.AuditEntry;
import org.hotline.domain.staff.Role;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.staff.StaffMember;
import org.hotline.domain.staff.Username;
import org.junit.jupiter.api.Test;

/**
 * Every role the domain knows can be held by a member and named in the audit trail: the database's checks list the
 * roles, so a role added to the domain without a migration fails here rather than on a hotline's first decision.
 */
class EveryRoleIsStorableTest {

    private static final Instant AT = Instant.parse("2026-06-01T08:00:00Z");

    @Test
    void a_member_may_hold_every_role_and_act_in_each_in_the_audit_trail() {
        Database database = TestDatabase.empty();
        PostgresStaffMembers members = new PostgresStaffMembers(database);
        PostgresAuditTrail audit = new PostgresAuditTrail(database, TestDatabase.seal(),
                new org.hotline.domain.testing.InMemoryAuditAnchors());
        StaffMember everything = StaffMember.create(new StaffId(UUID.randomUUID()), new Username("everything"),
                "Member of every role", TreeSet.of(Role.values()), "hash", false, AT);

        members.add(everything);
        for (Role role : Role.values()) {
            audit.record(AuditEntry.byStaff(everything.id(), role, AT, "test.acted", "case:test", "", role.name()));
        }

        assertThat(members.byId(everything.id()).get().roles()).containsExactlyInAnyOrder(Role.values());
        assertThat(audit.after(0, 100).map(record -> record.entry().role().get())).containsExactly(Role.values());
    }
}
