package org.hotline.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import java.util.List;

import io.vavr.control.Option;
import org.hotline.domain.FieldError;
import org.hotline.domain.audit.AuditEntry;
import org.hotline.domain.testing.TestHasher;
import org.hotline.domain.throttle.Admission;
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
        assertThat(staff.audit.entries().last().action()).isEqualTo("staff.sign_in_failed");
        assertThat(staff.audit.entries().last().subject()).isEqualTo("staff:" + analyst.id());
    }

    @Test
    void attempts_for_unknown_usernames_are_written_to_the_trail_as_one_record_per_client_once_it_is_quiet() {
        int recordsBefore = staff.audit.entries().size();
        for (String name : List.of("root", "admin1", "test", "guest")) {
            staff.access.signIn(new SignInAttempt(name, "guess", "203.0.113.9", Option.none(), ""));
        }
        staff.access.signIn(new SignInAttempt("oracle", "guess", "198.51.100.4", Option.none(), ""));
        assertThat(staff.audit.entries().size()).as("nothing recorded attempt by attempt").isEqualTo(recordsBefore);
        assertThat(staff.access.reportUnknownSignIns()).as("not yet quiet").isZero();

        staff.clock.advance(Duration.ofMinutes(6));

        assertThat(staff.access.reportUnknownSignIns()).isEqualTo(2);
        var reported = staff.audit.entries().drop(recordsBefore);
        assertThat(reported.map(AuditEntry::action)).containsOnly("staff.sign_in_failed_unknown");
        assertThat(reported.map(AuditEntry::subject)).containsExactly("client:198.51.100.4", "client:203.0.113.9");
        assertThat(reported.last().after()).startsWith("attempts=4;");
        assertThat(staff.access.reportUnknownSignIns()).as("each attempt reported once").isZero();
    }

    @Test
    void a_client_that_failed_ten_times_waits_before_any_password_is_checked_whatever_the_username() {
        for (int i = 0; i < 10; i++) {
            staff.access.signIn(new SignInAttempt(i < 4 ? "alice" : "nobody-" + i, "guess " + i, "203.0.113.9",
                    Option.none(), ""));
        }
        int checkedBefore = staff.hasher.verified();

        assertThat(staff.access.signIn(new SignInAttempt("alice", PASSWORD, "203.0.113.9", Option.none(), "")).getLeft())
                .isEqualTo(SignIn.Refused.THROTTLED);
        assertThat(staff.access.mayTry("203.0.113.9")).isInstanceOfSatisfying(Admission.Refused.class,
                wait -> assertThat(wait.retryAfter()).isEqualTo(Duration.ofMinutes(3)));
        assertThat(staff.hasher.verified()).as("no hash checked for a throttled client").isEqualTo(checkedBefore);
        assertThat(staff.access.signIn(new SignInAttempt("alice", PASSWORD, "198.51.100.4", Option.none(), "")).isRight())
                .as("another client is not held back").isTrue();
        staff.clock.advance(Duration.ofMinutes(3));
        assertThat(staff.access.signIn(new SignInAttempt("alice", PASSWORD, "203.0.113.9", Option.none(), "")).isRight())
                .isTrue();
    }

    @Test
    void strangers_who_lock_an_account_do_not_lock_its_member_out_of_their_own_browser() {
        var first = staff.access.signIn(new SignInAttempt("alice", PASSWORD, "192.0.2.10", Option.none(), "Firefox")).get();
        String browser = first.deviceToken().get();
        for (int i = 0; i < 5; i++) {
            staff.access.signIn(new SignInAttempt("alice", "guess " + i, "203.0.113." + i, Option.none(), ""));
        }

        assertThat(staff.access.signIn(new SignInAttempt("alice", PASSWORD, "198.51.100.4", Option.none(), "")).getLeft())
                .as("a browser never signed in from is refused").isEqualTo(SignIn.Refused.LOCKED);
        assertThat(staff.administration.lockedOut()).extracting(StaffMember::id).containsExactly(analyst.id());
        assertThat(staff.audit.actions()).contains("staff.locked_out");

        var again = staff.access.signIn(new SignInAttempt("alice", PASSWORD, "192.0.2.10", Option.some(browser), "Firefox"));
        assertThat(again.isRight()).as("the member's own browser signs in").isTrue();
        assertThat(again.get().deviceToken()).as("the browser keeps its token").isEmpty();
        assertThat(staff.administration.lockedOut()).as("and the sign-in lifts the lock").isEmpty();
    }

    @Test
    void wrong_passwords_from_a_known_browser_lock_that_browser_alone() {
        String browser = staff.access.signIn(new SignInAttempt("alice", PASSWORD, "192.0.2.10", Option.none(), ""))
                .get().deviceToken().get();
        for (int i = 0; i < 5; i++) {
            staff.access.signIn(new SignInAttempt("alice", "typo " + i, "192.0.2.10", Option.some(browser), ""));
        }

        assertThat(staff.access.signIn(new SignInAttempt("alice", PASSWORD, "192.0.2.10", Option.some(browser), "")).getLeft())
                .isEqualTo(SignIn.Refused.LOCKED);
        assertThat(staff.audit.actions()).contains("staff.browser_locked_out").doesNotContain("staff.locked_out");
        assertThat(staff.administration.lockedOut()).isEmpty();
        assertThat(staff.access.signIn(new SignInAttempt("alice", PASSWORD, "192.0.2.11", Option.none(), "")).isRight())
                .as("the account itself is not locked").isTrue();
    }

    @Test
    void a_device_token_of_another_member_counts_for_nothing() {
        StaffMember bob = staff.member(admin, "bob", "bob's passphrase", Role.ANALYST);
        String bobsBrowser = staff.access.signIn(new SignInAttempt("bob", "bob's passphrase", "192.0.2.20", Option.none(), ""))
                .get().deviceToken().get();
        for (int i = 0; i < 5; i++) {
            staff.access.signIn(new SignInAttempt("alice", "guess " + i, "203.0.113." + i, Option.some(bobsBrowser), ""));
        }

        assertThat(staff.store.byId(analyst.id()).get().lockedAt(staff.clock.instant())).isTrue();
        assertThat(staff.access.signIn(new SignInAttempt("alice", PASSWORD, "192.0.2.20", Option.some(bobsBrowser), ""))
                .getLeft()).isEqualTo(SignIn.Refused.LOCKED);
        assertThat(bob.active()).isTrue();
    }

    @Test
    void a_hash_made_with_weaker_parameters_is_replaced_at_the_next_sign_in() {
        StaffMember old = staff.store.byId(analyst.id()).get();
        staff.store.update(StaffMember.restore(old.id(), old.username(), old.displayName(), old.roles(), true,
                TestHasher.oldHash(PASSWORD), 0, Option.none(), false, old.createdAt(), old.updatedAt()));

        assertThat(staff.access.signIn("alice", PASSWORD).isRight()).isTrue();

        assertThat(staff.store.byId(analyst.id()).get().passwordHash()).isEqualTo(staff.hasher.hash(PASSWORD));
        assertThat(staff.audit.actions()).contains("staff.password_rehashed");
        assertThat(staff.access.signIn("alice", PASSWORD).isRight()).as("the new hash verifies").isTrue();
    }

    @Test
    void a_member_holds_at_most_five_sessions_and_sees_and_ends_them() {
        List<SignIn.SignedIn> opened = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            opened.add(staff.access.signIn(new SignInAttempt("alice", PASSWORD, "192.0.2." + i, Option.none(), "Browser " + i))
                    .get());
            staff.clock.advance(Duration.ofMinutes(1));
        }
        assertThat(staff.access.recognise(opened.get(0).sessionToken())).as("the oldest ended").isEmpty();

        var here = new SignIn.Authenticated(opened.get(5).member(), opened.get(5).session());
        var sessions = new StaffSessions(staff.ports, SessionPolicy.STANDARD);
        assertThat(sessions.sessions(here)).hasSize(5).first().satisfies(newest -> {
            assertThat(newest.client()).isEqualTo("192.0.2.5");
            assertThat(newest.browser()).isEqualTo("Browser 5");
        });

        assertThat(sessions.end(here, opened.get(1).session().idDigest())).isTrue();
        assertThat(staff.access.recognise(opened.get(1).sessionToken())).isEmpty();
        StaffMember bob = staff.member(admin, "bob", "bob's passphrase", Role.ANALYST);
        var bobs = staff.access.signIn("bob", "bob's passphrase").get();
        assertThat(sessions.end(here, bobs.session().idDigest())).as("not one's own session").isFalse();
        assertThat(staff.access.recognise(bobs.sessionToken())).isNotEmpty();

        assertThat(sessions.endOthers(here)).isEqualTo(3);
        assertThat(sessions.sessions(here)).extracting(Session::idDigest).containsExactly(here.session().idDigest());
        assertThat(staff.audit.actions()).contains("staff.session_ended");
        assertThat(bob.active()).isTrue();
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

    @Test
    void a_chosen_language_is_kept_with_the_account_for_every_later_session_and_can_be_forgotten() {
        var here = staff.access.signIn("alice", PASSWORD).get();
        var who = new SignIn.Authenticated(here.member(), here.session());

        assertThat(staff.access.chooseLanguage(who, Option.some("nl")).get().language()).contains("nl");
        assertThat(staff.audit.entries().last().action()).isEqualTo("staff.language_chosen");
        assertThat(staff.audit.entries().last().after()).isEqualTo("nl");
        var later = staff.access.signIn("alice", PASSWORD).get();
        assertThat(staff.access.recognise(later.sessionToken()).get().member().language()).contains("nl");

        assertThat(staff.access.chooseLanguage(who, Option.none()).get().language()).isEmpty();
        assertThat(staff.store.byId(analyst.id()).get().language()).isEmpty();
    }

    @Test
    void a_language_that_is_not_an_iso_code_is_refused_and_nothing_changes() {
        var here = staff.access.signIn("alice", PASSWORD).get();
        var who = new SignIn.Authenticated(here.member(), here.session());

        assertThat(staff.access.chooseLanguage(who, Option.some("NL; drop")).getLeft())
                .extracting(FieldError::code).containsExactly("language.unknown");
        assertThat(staff.store.byId(analyst.id()).get().language()).isEmpty();
    }
}
