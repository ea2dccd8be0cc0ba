package org.hotline.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.hotline.domain.FieldError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PoliciesTest {

    private static final Instant AT = Instant.parse("2026-01-01T10:00:00Z");
    private static final Username ALICE = new Username("alice.analyst");

    @ParameterizedTest(name = "{0} failures in a row lock for {1} minutes")
    @CsvSource(textBlock = """
            1,   0
            4,   0
            5,   15
            6,   0
            9,   0
            10,  30
            15,  60
            20,  120
            45,  1440
            500, 1440
            """)
    void every_fifth_failure_locks_for_twice_as_long_as_the_lock_before_up_to_a_day(int failures, int minutes) {
        var lock = LockoutPolicy.STANDARD.lockAfter(failures, AT);

        if (minutes == 0) {
            assertThat(lock).isEmpty();
        } else {
            assertThat(lock).contains(AT.plus(Duration.ofMinutes(minutes)));
        }
    }

    @ParameterizedTest(name = "\"{0}\" / \"{1}\": {2}")
    @CsvSource(textBlock = """
            'a long passphrase', 'a long passphrase', ''
            'short',             'short',             password.too_short
            'ALICE.ANALYST',     'ALICE.ANALYST',     password.is_username
            'a long passphrase', 'a long passphrasE', password.repeat_differs
            '12345678901',       '12345678901',       password.too_short
            '123456789012',      '123456789012',      ''
            """)
    void a_password_has_twelve_characters_and_is_not_the_username(String password, String repeat, String code) {
        var errors = PasswordPolicy.check("password", password, "repeat", repeat, ALICE);

        if (code.isEmpty()) {
            assertThat(errors).isEmpty();
        } else {
            assertThat(errors).extracting(FieldError::code).containsExactly(code);
        }
    }

    @ParameterizedTest(name = "a session opened {0} min ago, last used {1} min ago, is expired: {2}")
    @CsvSource(textBlock = """
            0,   0,  false
            60,  29, false
            60,  30, true
            719, 1,  false
            720, 1,  true
            """)
    void a_session_ends_after_30_idle_minutes_or_12_hours(int openedMinutesAgo, int usedMinutesAgo, boolean expired) {
        var session = new Session("digest", new StaffId(java.util.UUID.randomUUID()),
                AT.minus(Duration.ofMinutes(openedMinutesAgo)), AT.minus(Duration.ofMinutes(usedMinutesAgo)), "form");

        assertThat(SessionPolicy.STANDARD.expired(session, AT)).isEqualTo(expired);
    }

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource(textBlock = """
            ' Alice.Analyst ', alice.analyst
            'a',               ''
            'al ice',          ''
            '<script>',        ''
            '-alice',          ''
            'bob_2',           bob_2
            """)
    void usernames_are_read_in_small_letters_and_have_a_plain_shape(String typed, String read) {
        var parsed = Username.parse(typed);

        if (read.isEmpty()) {
            assertThat(parsed.isLeft()).isTrue();
        } else {
            assertThat(parsed.get().value()).isEqualTo(read);
        }
    }
}
