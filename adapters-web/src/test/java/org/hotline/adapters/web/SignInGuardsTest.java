package org.hotline.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.hotline.domain.staff.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-in against guessing, over HTTP (issue 10, findings 4 and 9): a client that fails too often waits, strangers
 * cannot lock a member out of their own browser, administrators are told of locked accounts, and members see and end
 * their sessions.
 */
class SignInGuardsTest {

    private static final String PASSWORD = "a long passphrase";

    private final RunningServer server = new RunningServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_client_that_failed_ten_times_is_told_to_wait_and_is_not_let_in_even_with_the_right_password() {
        server.member("alice", PASSWORD, Role.ANALYST);
        Visitor guesser = server.visitor();
        for (int i = 0; i < 10; i++) {
            assertThat(guesser.signIn(i < 4 ? "alice" : "nobody" + i, "guess " + i).statusCode()).isIn(401, 429);
        }

        var refused = guesser.signIn("alice", PASSWORD);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("180");
        assertThat(page(refused).select("#sign-in-throttled").text()).contains("Wait 3 minutes");
        assertThat(server.staff.openSessions()).isEmpty();
        server.clock.advance(Duration.ofMinutes(3));
        assertThat(guesser.signIn("alice", PASSWORD).statusCode()).isEqualTo(303);
    }

    @Test
    void strangers_lock_an_account_for_new_browsers_only_and_administrators_are_told() {
        server.member("alice", PASSWORD, Role.ANALYST);
        Visitor alice = server.visitor();
        assertThat(alice.signIn("alice", PASSWORD).statusCode()).isEqualTo(303);
        assertThat(alice.cookie(SignInPages.DEVICE_COOKIE)).as("her browser keeps a token").isNotNull();
        alice.postForm("/sign-out");

        Visitor stranger = server.visitor();
        for (int i = 0; i < 5; i++) {
            assertThat(stranger.signIn("alice", "guess " + i).statusCode()).isEqualTo(401);
        }
        assertThat(server.visitor().signIn("alice", PASSWORD).statusCode()).as("a new browser is refused").isEqualTo(401);
        assertThat(alice.signIn("alice", PASSWORD).statusCode()).as("her own browser is let in").isEqualTo(303);

        // Every test client comes from this machine; half an hour gives it back its allowance of failures.
        server.clock.advance(Duration.ofMinutes(30));
        stranger = server.visitor();
        for (int i = 0; i < 5; i++) {
            stranger.signIn("alice", "more guesses " + i);
        }
        Visitor admin = server.signedIn("admin", PASSWORD, Role.ADMINISTRATOR);
        Document staff = page(admin.get("/admin/staff"));
        assertThat(staff.select("#locked-accounts li").eachText()).singleElement().asString()
                .startsWith("Member alice (alice), locked until ");
        assertThat(staff.select("tr[data-username=alice] .locked").text()).startsWith("Locked until");

        server.clock.advance(Duration.ofHours(2));
        assertThat(page(admin.get("/admin/staff")).select("#locked-accounts")).as("by the domain's clock").isEmpty();
    }

    @Test
    void a_member_sees_where_they_are_signed_in_and_ends_the_sessions_they_do_not_want() {
        server.member("alice", PASSWORD, Role.ANALYST);
        Visitor here = server.visitor();
        here.signIn("alice", PASSWORD);
        Visitor elsewhere = server.visitor();
        elsewhere.signIn("alice", PASSWORD);
        Visitor third = server.visitor();
        third.signIn("alice", PASSWORD);

        Document account = page(here.get("/account"));
        assertThat(account.select("tr.session")).hasSize(3);
        assertThat(account.select(".current-session")).hasSize(1);
        assertThat(account.select("tr.session").first().attr("data-client")).isEqualTo("127.0.0.1");
        String other = account.select("tr.session input[name=session]").first().val();

        assertThat(here.postForm("/account/sessions/end", "session", other).statusCode()).isEqualTo(303);
        assertThat(page(here.get("/account")).select("tr.session")).hasSize(2);
        assertThat(here.postForm("/account/sessions/end", "session", "0".repeat(64)).statusCode())
                .as("a session that is not one's own").isEqualTo(404);

        assertThat(here.postForm("/account/sessions/end-others").statusCode()).isEqualTo(303);
        assertThat(page(here.get("/account")).select("tr.session")).hasSize(1);
        assertThat(elsewhere.get("/account").statusCode()).isEqualTo(303);
        assertThat(third.get("/account").statusCode()).isEqualTo(303);
        assertThat(server.audit.actions()).contains("staff.session_ended");
    }

    @Test
    void a_member_holds_at_most_five_sessions() {
        server.member("alice", PASSWORD, Role.ANALYST);
        Visitor first = server.visitor();
        first.signIn("alice", PASSWORD);
        for (int i = 0; i < 5; i++) {
            server.clock.advance(Duration.ofSeconds(90));
            server.visitor().signIn("alice", PASSWORD);
        }

        assertThat(server.staff.openSessions()).hasSize(5);
        assertThat(first.get("/account").statusCode()).as("the session used longest ago ended").isEqualTo(303);
    }

    private static Document page(java.net.http.HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }
}
