package org.hotline.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Set;

import org.hotline.domain.staff.Role;
import org.hotline.domain.staff.StaffMember;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StaffPagesTest {

    private static final String PASSWORD = "a long passphrase";

    private final RunningServer server = new RunningServer();
    private final StaffMember admin = server.member("admin", PASSWORD, Role.ADMINISTRATOR);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void an_anonymous_page_request_is_sent_to_sign_in_and_comes_back_after() {
        server.member("alice", PASSWORD, Role.ANALYST);
        var visitor = server.visitor();

        var asked = visitor.get("/queue?page=2");
        assertThat(asked.statusCode()).isEqualTo(303);
        assertThat(asked.headers().firstValue("Location")).contains("/sign-in?next=%2Fqueue%3Fpage%3D2");

        visitor.get("/sign-in?next=%2Fqueue%3Fpage%3D2");
        var signedIn = visitor.postForm("/sign-in", "username", "alice", "password", PASSWORD, "next", "/queue?page=2");
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).contains("/queue?page=2");
        assertThat(visitor.get("/queue").statusCode()).isEqualTo(200);
    }

    @Test
    void a_next_page_elsewhere_is_ignored() {
        for (String elsewhere : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example", "queue"}) {
            var visitor = server.visitor();
            visitor.get("/sign-in");
            var signedIn = visitor.postForm("/sign-in", "username", "admin", "password", PASSWORD, "next", elsewhere);
            assertThat(signedIn.headers().firstValue("Location")).as(elsewhere).contains("/admin/staff");
        }
    }

    @Test
    void an_anonymous_change_is_answered_401_and_changes_nothing() {
        var response = server.postForm("/admin/staff", "username", "mallory", "displayName", "M", "roles", "ADMINISTRATOR");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(server.staff.all()).hasSize(1);
    }

    @Test
    void the_session_cookie_is_http_only_same_site_strict_and_secure_when_the_request_came_over_tls() {
        var plain = server.visitor().signIn("admin", PASSWORD);
        String cookie = plain.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(Gate.SESSION_COOKIE))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/").doesNotContain("Secure")
                .doesNotContain("Max-Age").doesNotContain("Expires");
        assertThat(cookie.substring(Gate.SESSION_COOKIE.length() + 1, cookie.indexOf(';'))).matches("[A-Za-z0-9_-]{43}");

        var forwarded = server.send(HttpRequest.newBuilder(server.uri("/report")).header("X-Forwarded-Proto", "https").build());
        assertThat(forwarded.headers().allValues("Set-Cookie")).as("an untrusted X-Forwarded-Proto is ignored")
                .allSatisfy(c -> assertThat(c).doesNotContain("Secure"));
        try (var behindProxy = new RunningServer(new WebSettings(WebSettings.DEFAULT_MAX_BODY_BYTES,
                WebSettings.DEFAULT_RATE_LIMIT, Set.of("127.0.0.1"), false));
             var alwaysSecure = new RunningServer(new WebSettings(WebSettings.DEFAULT_MAX_BODY_BYTES,
                     WebSettings.DEFAULT_RATE_LIMIT, Set.of(), true))) {
            var viaProxy = behindProxy.send(HttpRequest.newBuilder(behindProxy.uri("/report"))
                    .header("X-Forwarded-Proto", "https").build());
            assertThat(viaProxy.headers().allValues("Set-Cookie")).singleElement().asString().contains("; Secure");
            assertThat(alwaysSecure.get("/report").headers().allValues("Set-Cookie")).singleElement().asString()
                    .contains("; Secure");
        }
    }

    @Test
    void a_refused_sign_in_says_the_same_for_an_unknown_user_and_a_wrong_password() {
        var unknown = server.visitor().signIn("nobody", PASSWORD);
        var wrong = server.visitor().signIn("admin", "not the password");

        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(unknown.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(Gate.SESSION_COOKIE));
        assertThat(Jsoup.parse(unknown.body()).select("main").text().replace("nobody", "admin"))
                .isEqualTo(Jsoup.parse(wrong.body()).select("main").text());
    }

    @Test
    void each_sign_in_gets_a_new_session_and_signing_out_ends_it_on_the_server() {
        var visitor = server.visitor();
        visitor.signIn("admin", PASSWORD);
        String first = visitor.cookie(Gate.SESSION_COOKIE);
        visitor.get("/account");
        visitor.postForm("/sign-in", "username", "admin", "password", PASSWORD);
        String second = visitor.cookie(Gate.SESSION_COOKIE);
        assertThat(second).isNotEqualTo(first);
        assertThat(server.staff.openSessions()).hasSize(1);

        visitor.get("/account");
        var out = visitor.postForm("/sign-out");
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(visitor.cookie(Gate.SESSION_COOKIE)).isNull();
        assertThat(server.staff.openSessions()).isEmpty();
        var replayed = server.send(HttpRequest.newBuilder(server.uri("/account")).header("Cookie",
                Gate.SESSION_COOKIE + "=" + second).build());
        assertThat(replayed.statusCode()).isEqualTo(303);
        assertThat(server.audit.actions().last()).isEqualTo("staff.signed_out");
    }

    @Test
    void a_change_without_the_sessions_form_token_is_refused_with_a_clear_page_and_changes_nothing() {
        var visitor = server.visitor();
        visitor.signIn("admin", PASSWORD);
        visitor.get("/admin/staff");
        int recorded = server.audit.entries().size();

        var missing = visitor.postFormWithoutToken("/admin/staff", "username", "mallory", "displayName", "M",
                "roles", "ANALYST");
        var forged = visitor.postFormWithoutToken("/admin/staff", "username", "mallory", "displayName", "M",
                "roles", "ANALYST", FormTokens.FIELD, "forged-" + visitor.formToken());
        var publicToken = visitor.postFormWithoutToken("/admin/staff", "username", "mallory", "displayName", "M",
                "roles", "ANALYST", FormTokens.FIELD, RunningServer.PUBLIC_FORM_TOKEN);

        for (var refused : java.util.List.of(missing, forged, publicToken)) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(Jsoup.parse(refused.body()).select("h1").text()).isEqualTo("This form could not be accepted");
            assertThat(refused.body()).doesNotContain("Exception");
        }
        assertThat(server.staff.all()).hasSize(1);
        assertThat(server.audit.entries()).hasSize(recorded);
    }

    @Test
    void the_public_form_without_its_token_is_refused_and_nothing_is_filed() {
        var response = server.post("/report", "application/x-www-form-urlencoded", "urls=example.org");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(server.store.countOpen()).isZero();
        var page = server.visitor();
        page.get("/report");
        assertThat(page.postForm("/report", "urls", "example.org").statusCode()).isEqualTo(303);
    }

    @Test
    void an_administrator_creates_an_account_whose_temporary_password_must_be_changed_first() {
        var administrator = server.visitor();
        administrator.signIn("admin", PASSWORD);
        administrator.get("/admin/staff");

        var created = administrator.postForm("/admin/staff", "username", "Bob", "displayName", "Bob <b>Supervisor</b>",
                "roles", "SUPERVISOR", "roles", "ANALYST");
        assertThat(created.statusCode()).isEqualTo(200);
        String temporary = Jsoup.parse(created.body()).select("#temporary-password").text();
        assertThat(temporary).matches("[0-9a-f]{4}(-[0-9a-f]{4}){5}");

        var bob = server.visitor();
        var signedIn = bob.signIn("bob", temporary);
        assertThat(signedIn.headers().firstValue("Location")).contains("/account/password");
        assertThat(bob.get("/queue").headers().firstValue("Location")).contains("/account/password");
        bob.get("/account/password");
        assertThat(bob.postForm("/account/password", "current", temporary, "password", "bob's own passphrase",
                "repeat", "bob's own passphrase").statusCode()).isEqualTo(200);
        assertThat(bob.get("/queue").statusCode()).isEqualTo(200);

        Document list = Jsoup.parse(administrator.get("/admin/staff").body());
        assertThat(list.select("tr[data-username=bob] .member-name").text()).isEqualTo("Bob <b>Supervisor</b>");
        assertThat(list.select("tr[data-username=bob] b")).as("markup in a name is shown as text").isEmpty();
    }

    @Test
    void wrong_and_overlong_fields_come_back_beside_the_fields_and_nothing_is_created() {
        var administrator = server.visitor();
        administrator.signIn("admin", PASSWORD);
        administrator.get("/admin/staff");

        var refused = administrator.postForm("/admin/staff", "username", "x".repeat(5000), "displayName",
                "<script>alert(1)</script>".repeat(20), "roles", "EMPEROR");
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select(".error-summary li").text()).contains("Choose roles from the list");

        var tooLong = administrator.postForm("/admin/staff", "username", "x".repeat(5000), "displayName",
                "<script>alert(1)</script>".repeat(20), "roles", "ANALYST");
        page = Jsoup.parse(tooLong.body());
        assertThat(page.select("#username-error").text()).contains("2 to 64");
        assertThat(page.select("#displayName-error").text()).contains("too long");
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("#displayName").val()).hasSizeLessThanOrEqualTo(200);
        assertThat(server.staff.all()).hasSize(1);
    }

    @Test
    void an_administrator_cannot_deactivate_themselves_and_is_told_why() {
        var administrator = server.visitor();
        administrator.signIn("admin", PASSWORD);
        administrator.get("/admin/staff");

        var refused = administrator.postForm("/admin/staff/" + admin.id() + "/deactivate");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(refused.body()).select(".error-summary").text()).contains("cannot deactivate yourself");
        assertThat(server.staff.byId(admin.id()).get().active()).isTrue();
    }

    @Test
    void roles_deactivation_and_reset_take_effect_at_once() {
        StaffMember alice = server.member("alice", PASSWORD, Role.ANALYST);
        var analyst = server.visitor();
        analyst.signIn("alice", PASSWORD);
        var administrator = server.visitor();
        administrator.signIn("admin", PASSWORD);
        administrator.get("/admin/staff");

        assertThat(administrator.postForm("/admin/staff/" + alice.id() + "/roles", "roles", "POLICE_LIAISON")
                .statusCode()).isEqualTo(303);
        assertThat(analyst.get("/queue").statusCode()).isEqualTo(403);

        var reset = administrator.postForm("/admin/staff/" + alice.id() + "/reset-password");
        assertThat(Jsoup.parse(reset.body()).select("#temporary-password").text()).isNotBlank();
        assertThat(analyst.get("/account").statusCode()).as("a reset ends the member's sessions").isEqualTo(303);

        administrator.get("/admin/staff");
        assertThat(administrator.postForm("/admin/staff/" + alice.id() + "/deactivate").statusCode()).isEqualTo(303);
        assertThat(server.staff.byId(alice.id()).get().active()).isFalse();
        assertThat(administrator.postForm("/admin/staff/not-an-id/deactivate").statusCode()).isEqualTo(404);
        assertThat(server.audit.actions()).contains("staff.roles_changed", "staff.password_reset", "staff.deactivated");
    }

    @Test
    void the_set_up_page_works_with_its_token_only_and_only_once() {
        try (var fresh = new RunningServer()) {
            String token = fresh.web.setup().openIfNeeded(
                    new org.hotline.domain.staff.StaffAdministration(fresh.staffPorts, java.util.UUID::randomUUID)).orElseThrow();
            assertThat(fresh.get("/setup?token=wrong").statusCode()).isEqualTo(404);
            assertThat(fresh.get("/setup").statusCode()).isEqualTo(404);

            var visitor = fresh.visitor();
            assertThat(visitor.get("/setup?token=" + token).statusCode()).isEqualTo(200);
            var tooShort = visitor.postForm("/setup", "token", token, "username", "root", "displayName", "Root",
                    "password", "short", "repeat", "short");
            assertThat(tooShort.statusCode()).isEqualTo(400);
            assertThat(Jsoup.parse(tooShort.body()).select("#password-error").text()).contains("12 characters");
            var done = visitor.postForm("/setup", "token", token, "username", "root", "displayName", "Root",
                    "password", PASSWORD, "repeat", PASSWORD);
            assertThat(done.statusCode()).isEqualTo(303);
            assertThat(fresh.get("/setup?token=" + token).statusCode()).isEqualTo(404);
            assertThat(fresh.audit.actions()).contains("staff.setup_token_used");
            assertThat(fresh.visitor().signIn("root", PASSWORD).statusCode()).isEqualTo(303);
        }
    }
}
