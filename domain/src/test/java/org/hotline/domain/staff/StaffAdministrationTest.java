package org.hotline.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.TreeSet;
import org.hotline.domain.FieldError;
import org.hotline.domain.audit.AuditTrailVerifier;
import org.hotline.domain.audit.AuditVerification;
import org.junit.jupiter.api.Test;

class StaffAdministrationTest {

    private final StaffFixture staff = new StaffFixture();

    @Test
    void a_new_hotline_needs_its_first_administrator_and_gets_only_one_that_way() {
        assertThat(staff.administration.needsFirstAdministrator()).isTrue();

        StaffMember admin = staff.firstAdministrator();

        assertThat(admin.roles()).containsExactly(Role.ADMINISTRATOR);
        assertThat(admin.mustChangePassword()).isFalse();
        assertThat(staff.administration.needsFirstAdministrator()).isFalse();
        assertThat(staff.audit.actions()).containsExactly("staff.setup_token_used", "staff.created");
        assertThat(staff.administration.setUpFirstAdministrator("second", "Second", "a long passphrase",
                "a long passphrase").getLeft()).extracting(FieldError::code).containsExactly("setup.done");
    }

    @Test
    void the_first_administrator_chooses_a_password_the_policy_accepts() {
        var refused = staff.administration.setUpFirstAdministrator("admin", "Ada", "admin", "admin");

        assertThat(refused.getLeft()).extracting(FieldError::code).containsExactly("password.too_short");
        assertThat(staff.administration.needsFirstAdministrator()).isTrue();
        assertThat(staff.audit.actions()).isEmpty();
    }

    @Test
    void an_administrator_creates_an_account_with_a_temporary_password_that_must_be_changed() {
        StaffMember admin = staff.firstAdministrator();

        var created = staff.administration.create(admin.id(), "Bob", "Bob Supervisor",
                TreeSet.of(Role.SUPERVISOR, Role.ANALYST)).get();

        assertThat(created.member().username().value()).isEqualTo("bob");
        assertThat(created.member().mustChangePassword()).isTrue();
        assertThat(created.password().value()).matches("[0-9a-f]{4}(-[0-9a-f]{4}){5}");
        assertThat(created.member().passwordHash()).isEqualTo(staff.hasher.hash(created.password().value()));
        assertThat(staff.access.signIn("bob", created.password().value()).get().member().mustChangePassword()).isTrue();
        var recorded = staff.audit.entries().find(e -> e.action().equals("staff.created") && e.actor().isDefined()).get();
        assertThat(recorded.actor()).contains(admin.id());
        assertThat(recorded.role()).contains(Role.ADMINISTRATOR);
        assertThat(recorded.after()).isEqualTo("roles=ANALYST,SUPERVISOR; active=true");
    }

    @Test
    void an_account_needs_a_free_username_a_name_and_a_role() {
        StaffMember admin = staff.firstAdministrator();

        var taken = staff.administration.create(admin.id(), "ADMIN", "Someone", TreeSet.of(Role.ANALYST));
        var empty = staff.administration.create(admin.id(), "", "  ", TreeSet.empty());
        var overlong = staff.administration.create(admin.id(), "x".repeat(65), "n".repeat(101), TreeSet.of(Role.ANALYST));

        assertThat(taken.getLeft()).extracting(FieldError::code).containsExactly("username.taken");
        assertThat(empty.getLeft()).extracting(FieldError::field).containsExactly("username", "displayName", "roles");
        assertThat(overlong.getLeft()).extracting(FieldError::code).containsExactly("username.shape", "too_long");
        assertThat(staff.store.all()).hasSize(1);
    }

    @Test
    void only_an_active_administrator_manages_accounts() {
        StaffMember admin = staff.firstAdministrator();
        StaffMember analyst = staff.member(admin, "alice", "analyst passphrase", Role.ANALYST);
        int recorded = staff.audit.entries().size();

        assertThat(staff.administration.create(analyst.id(), "eve", "Eve", TreeSet.of(Role.ADMINISTRATOR)).getLeft())
                .extracting(FieldError::code).containsExactly("staff.not_allowed");
        assertThat(staff.administration.assignRoles(analyst.id(), analyst.id(), TreeSet.of(Role.ADMINISTRATOR)).getLeft())
                .isEqualTo(StaffRefusal.NOT_ALLOWED);
        assertThat(staff.administration.deactivate(analyst.id(), admin.id()).getLeft()).isEqualTo(StaffRefusal.NOT_ALLOWED);
        assertThat(staff.administration.resetPassword(analyst.id(), admin.id()).getLeft()).isEqualTo(StaffRefusal.NOT_ALLOWED);
        assertThat(staff.audit.entries()).hasSize(recorded);
    }

    @Test
    void administrators_cannot_deactivate_or_demote_themselves() {
        StaffMember admin = staff.firstAdministrator();

        assertThat(staff.administration.deactivate(admin.id(), admin.id()).getLeft()).isEqualTo(StaffRefusal.OWN_ACCOUNT);
        assertThat(staff.administration.assignRoles(admin.id(), admin.id(), TreeSet.of(Role.ANALYST)).getLeft())
                .isEqualTo(StaffRefusal.OWN_ACCOUNT);
        assertThat(staff.administration.assignRoles(admin.id(), admin.id(), TreeSet.of(Role.ADMINISTRATOR, Role.ANALYST))
                .get().roles()).containsExactly(Role.ANALYST, Role.ADMINISTRATOR);
    }

    @Test
    void one_administrator_may_remove_another_but_never_the_last() {
        StaffMember first = staff.firstAdministrator();
        StaffMember second = staff.member(first, "grace", "second admin passphrase", Role.ADMINISTRATOR);

        assertThat(staff.administration.assignRoles(second.id(), first.id(), TreeSet.of(Role.SUPERVISOR)).get().roles())
                .containsExactly(Role.SUPERVISOR);
        assertThat(staff.administration.deactivate(first.id(), second.id()).getLeft()).isEqualTo(StaffRefusal.NOT_ALLOWED);
        assertThat(staff.store.activeAdministrators()).extracting(StaffMember::id).containsExactly(second.id());
    }

    @Test
    void a_reset_gives_a_new_temporary_password_lifts_a_lock_and_ends_the_sessions() {
        StaffMember admin = staff.firstAdministrator();
        StaffMember analyst = staff.member(admin, "alice", "analyst passphrase", Role.ANALYST);
        var session = staff.access.signIn("alice", "analyst passphrase").get();
        for (int i = 0; i < 5; i++) {
            staff.access.signIn("alice", "wrong");
        }

        TemporaryPassword temporary = staff.administration.resetPassword(admin.id(), analyst.id()).get();

        assertThat(staff.access.recognise(session.sessionToken())).isEmpty();
        assertThat(staff.access.signIn("alice", "analyst passphrase").isLeft()).isTrue();
        var signedIn = staff.access.signIn("alice", temporary.value()).get();
        assertThat(signedIn.member().mustChangePassword()).isTrue();
        assertThat(staff.audit.actions()).contains("staff.password_reset");
    }

    @Test
    void every_change_is_recorded_in_a_chain_that_verifies() {
        StaffMember admin = staff.firstAdministrator();
        StaffMember analyst = staff.member(admin, "alice", "analyst passphrase", Role.ANALYST);
        staff.administration.assignRoles(admin.id(), analyst.id(), TreeSet.of(Role.ANALYST, Role.SUPERVISOR));
        staff.administration.deactivate(admin.id(), analyst.id());

        assertThat(staff.audit.actions()).containsSubsequence("staff.created", "staff.signed_in",
                "staff.password_changed", "staff.roles_changed", "staff.deactivated");
        assertThat(staff.audit.verifier().verify()).isInstanceOf(AuditVerification.Intact.class);
        assertThat(staff.audit.entries()).allSatisfy(entry -> assertThat(entry.before() + entry.after())
                .doesNotContain("passphrase").doesNotContain("test-hash"));
    }
}
