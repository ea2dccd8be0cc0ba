package org.hotline.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.hotline.domain.FieldError;
import org.junit.jupiter.api.Test;

class StaffAccessTest {

    private static final String PASSWORD = "analyst passphrase";

    private final StaffFixture staff = new StaffFixture();
    private final StaffMember admin = staff.firstAdministrator();
    private final StaffMember analyst = staff.member(admin, "alice", PASSWORD, Role.ANALYST);

    @Test
    void the_right_password_opens_a_session_that_is_recognised_by_its_token() {
        var signedIn = staff.access.signIn(" Alice ", PASSWORD).get();

        assertThat(signedIn.member().id()).isEqualTo(analyst.id());
        assertThat(signedIn.session().idDigest()).isEqualTo(Session.digestOf(signedIn.sessionToken()))
                .isNotEqualTo(signedIn.sessionToken());
        assertThat(staff.access.recognise(signedIn.sessionToken()).map(a -> a.member().id())).contains(analyst.id());
        assertThat(staff.access.recognise("token-that-was-never-issued")).isEmpty();
        assertThat(staff.audit.actions().last()).isEqualTo("staff.signed_in");
    }

    @Test
    void an_unknown_username_is_refused_like_a_wrong_password_after_checking_a_hash_all_the_same() {
        int checkedBefore = staff.hasher.verified();

        var unknown = staff.access.signIn("nobody", PASSWORD);
        var wrong = staff.access.signIn("alice", "not the password");

        assertThat(unknown.getLeft()).isEqualTo(SignIn.Refused.WRONG_CREDENTIALS);
        assertThat(wrong.getLeft()).isEqualTo(SignIn.Refused.WRONG_CREDENTIALS);
        assertThat(staff.hasher.verified() - checkedBefore).isEqualTo(2);
        assertThat(staff.audit.entries().takeRight(2)).allSatisfy(e -> assertThat(e.action()).isEqualTo("staff.sign_in_failed"));
        assertThat(staff.audit.entries().takeRight(2).head().subject()).isEqualTo("staff:unknown");
    }

    @Test
    void five_wrong_passwords_lock_the_account_for_15_minutes_even_against_the_right_one() {
        for (int i = 0; i < 5; i++) {
            staff.access.signIn("alice", "wrong password " + i);
        }
        assertThat(staff.audit.actions().last()).isEqualTo("staff.locked_out");

        assertThat(staff.access.signIn("alice", PASSWORD).getLeft()).isEqualTo(SignIn.Refused.LOCKED);
        staff.clock.advance(Duration.ofMinutes(14));
        assertThat(staff.access.signIn("alice", PASSWORD).getLeft()).isEqualTo(SignIn.Refused.LOCKED);
        staff.clock.advance(Duration.ofMinutes(1));
        assertThat(staff.access.signIn("alice", PASSWORD).isRight()).isTrue();
        assertThat(staff.store.byId(analyst.id()).get().failedSignIns()).isZero();
    }

    @Test
    void the_next_five_failures_after_a_lock_lock_for_twice_as_long() {
        for (int i = 0; i < 5; i++) {
            staff.access.signIn("alice", "wrong");
        }
        staff.clock.advance(Duration.ofMinutes(15));
        for (int i = 0; i < 5; i++) {
            staff.access.signIn("alice", "wrong");
        }

        assertThat(staff.store.byId(analyst.id()).get().lockedUntil())
                .contains(staff.clock.instant().plus(Duration.ofMinutes(30)));
    }

    @Test
    void a_deactivated_member_cannot_sign_in_and_their_sessions_end() {
        var signedIn = staff.access.signIn("alice", PASSWORD).get();

        staff.administration.deactivate(admin.id(), analyst.id()).get();

        assertThat(staff.access.signIn("alice", PASSWORD).getLeft()).isEqualTo(SignIn.Refused.INACTIVE);
        assertThat(staff.access.recognise(signedIn.sessionToken())).isEmpty();
    }

    @Test
    void a_session_ends_after_30_idle_minutes_and_lives_on_while_used() {
        var signedIn = staff.access.signIn("alice", PASSWORD).get();

        staff.clock.advance(Duration.ofMinutes(29));
        assertThat(staff.access.recognise(signedIn.sessionToken())).isNotEmpty();
        staff.clock.advance(Duration.ofMinutes(29));
        assertThat(staff.access.recognise(signedIn.sessionToken())).isNotEmpty();
        staff.clock.advance(Duration.ofMinutes(30));
        assertThat(staff.access.recognise(signedIn.sessionToken())).isEmpty();
    }

    @Test
    void a_session_ends_after_12_hours_however_busy() {
        var signedIn = staff.access.signIn("alice", PASSWORD).get();
        for (int i = 0; i < 12 * 4 - 1; i++) {
            staff.clock.advance(Duration.ofMinutes(15));
            assertThat(staff.access.recognise(signedIn.sessionToken())).isNotEmpty();
        }
        staff.clock.advance(Duration.ofMinutes(15));

        assertThat(staff.access.recognise(signedIn.sessionToken())).isEmpty();
    }

    @Test
    void signing_out_ends_the_session_and_is_recorded() {
        var signedIn = staff.access.signIn("alice", PASSWORD).get();

        staff.access.signOut(signedIn.sessionToken());

        assertThat(staff.access.recognise(signedIn.sessionToken())).isEmpty();
        assertThat(staff.audit.entries().last().action()).isEqualTo("staff.signed_out");
        assertThat(staff.audit.entries().last().actor()).contains(analyst.id());
    }

    @Test
    void changing_the_password_needs_the_current_one_and_ends_the_other_sessions() {
        var here = staff.access.signIn("alice", PASSWORD).get();
        var elsewhere = staff.access.signIn("alice", PASSWORD).get();
        var who = new SignIn.Authenticated(here.member(), here.session());

        assertThat(staff.access.change(who, "not it", "a new passphrase", "a new passphrase").getLeft())
                .extracting(FieldError::field).containsExactly("current");
        assertThat(staff.access.change(who, PASSWORD, "short", "other").getLeft())
                .extracting(FieldError::code).containsExactly("password.too_short", "password.repeat_differs");

        assertThat(staff.access.change(who, PASSWORD, "a new passphrase", "a new passphrase").isRight()).isTrue();
        assertThat(staff.access.recognise(here.sessionToken())).isNotEmpty();
        assertThat(staff.access.recognise(elsewhere.sessionToken())).isEmpty();
        assertThat(staff.access.signIn("alice", "a new passphrase").isRight()).isTrue();
        assertThat(staff.audit.actions()).contains("staff.password_changed");
    }
}
