package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.hotline.adapters.web.Visitor;
import org.hotline.domain.staff.Role;
import org.jsoup.Jsoup;

/**
 * Staffs a running hotline over HTTP, as people would: the first administrator through the set-up address, then
 * accounts that the administrator creates and their members sign in to and give their own password.
 */
final class Staffing {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "administrator passphrase";

    private final Hotline hotline;

    Staffing(Hotline hotline) {
        this.hotline = hotline;
    }

    Visitor visitor() {
        return new Visitor(URI.create("http://127.0.0.1:" + hotline.port() + "/"));
    }

    /** Creates the first administrator with the set-up token this run printed; returns them signed in. */
    Visitor firstAdministrator() {
        String token = hotline.setupToken().orElseThrow(() -> new AssertionError("this run offered no set-up"));
        Visitor setup = visitor();
        assertThat(setup.get("/setup?token=" + token).statusCode()).isEqualTo(200);
        assertThat(setup.postForm("/setup", "token", token, "username", ADMIN, "displayName", "Ada Administrator",
                "password", ADMIN_PASSWORD, "repeat", ADMIN_PASSWORD).statusCode()).isEqualTo(303);
        return signedIn(ADMIN, ADMIN_PASSWORD);
    }

    /** An account the administrator creates, whose member signs in and chooses {@code password}. */
    Visitor member(Visitor administrator, String username, String password, Role... roles) {
        administrator.get("/admin/staff");
        List<String> fields = new ArrayList<>(List.of("username", username, "displayName", "Member " + username));
        for (Role role : roles) {
            fields.add("roles");
            fields.add(role.name());
        }
        var created = administrator.postForm("/admin/staff", fields.toArray(String[]::new));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        String temporary = Jsoup.parse(created.body()).select("#temporary-password").text();
        Visitor member = signedIn(username, temporary);
        member.get("/account/password");
        assertThat(member.postForm("/account/password", "current", temporary, "password", password, "repeat", password)
                .statusCode()).isEqualTo(200);
        return member;
    }

    /** A new session of the member, with a page read so that its forms carry the session's token. */
    Visitor signedIn(String username, String password) {
        Visitor visitor = visitor();
        assertThat(visitor.signIn(username, password).statusCode()).as("sign-in of " + username).isEqualTo(303);
        visitor.get("/account");
        return visitor;
    }
}
