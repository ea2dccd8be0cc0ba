package org.hotline.adapters.web;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.staff.Role;
import org.hotline.domain.staff.SignIn;
import org.hotline.domain.staff.StaffId;

/**
 * The member of staff behind a request, as the gate recognised them from their session. Handlers ask for them with
 * {@link #of(Context)} or {@link #required(Context)}; the access check has already made sure that a staff route's
 * member holds one of its roles.
 *
 * @param formToken the session's token that every form this member sends must carry
 */
public record SignedInStaff(StaffId id, String username, String displayName, Set<Role> roles, boolean mustChangePassword,
        String formToken) {

    private static final String ATTRIBUTE = "hotline.signedIn";
    private static final String SESSION = "hotline.session";

    public SignedInStaff {
        Objects.requireNonNull(id, "id");
        roles = Set.copyOf(roles);
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    /**
     * The member acting in the first of the given roles they hold: a route open to several roles acts in the one the
     * member has (an analyst who is also a supervisor views a case as analyst). The gate has made sure they hold one.
     */
    public Acting as(Role... preferred) {
        for (Role role : preferred) {
            if (holds(role)) {
                return new Acting(id, role);
            }
        }
        return new Acting(id, preferred[0]);
    }

    /** The signed-in member, if the request came with a live session. */
    public static Optional<SignedInStaff> of(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }

    /** The signed-in member; on a route the gate let through to staff, always there. */
    public static SignedInStaff required(Context ctx) {
        return of(ctx).orElseThrow(() -> new Refusal(HttpStatus.UNAUTHORIZED, "page.signInFirst", "Sign in first."));
    }

    static void remember(Context ctx, SignIn.Authenticated authenticated) {
        var member = authenticated.member();
        ctx.attribute(SESSION, authenticated);
        ctx.attribute(ATTRIBUTE, new SignedInStaff(member.id(), member.username().value(), member.displayName(),
                member.roles().toJavaSet(), member.mustChangePassword(), authenticated.session().formToken()));
    }

    /** The language the signed-in member chose for their pages; empty for a visitor or a member who chose none. */
    static Optional<String> language(Context ctx) {
        SignIn.Authenticated authenticated = ctx.attribute(SESSION);
        return authenticated == null ? Optional.empty() : authenticated.member().language().toJavaOptional();
    }

    /** The session as the domain knows it, for the use cases that need it (a password change). */
    static SignIn.Authenticated session(Context ctx) {
        required(ctx);
        return ctx.attribute(SESSION);
    }
}
