package org.hotline.adapters.web;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.vavr.collection.HashSet;
import io.vavr.control.Either;
import org.hotline.adapters.web.pages.FieldErrors;
import org.hotline.adapters.web.pages.StaffPage;
import org.hotline.adapters.web.pages.TemporaryPasswordPage;
import org.hotline.domain.staff.ManageStaff;
import org.hotline.domain.staff.Role;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.staff.StaffMember;
import org.hotline.domain.staff.StaffRefusal;

/**
 * The administrators' pages: the list of accounts, and creating, deactivating, resetting and assigning roles. A
 * change that succeeds goes back to the list (post, redirect, get); a temporary password is shown once, in the
 * answer to the post that made it, and stored nowhere in clear.
 */
final class StaffAdminPages {

    static final String PATH = "/admin/staff";

    private final ManageStaff staff;
    private final Templates templates;
    private final ZoneId zone;

    StaffAdminPages(ManageStaff staff, Templates templates, ZoneId zone) {
        this.staff = Objects.requireNonNull(staff, "staff");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    void show(Context ctx) {
        render(ctx, StaffPage.NewMember.empty(), FieldErrors.none());
    }

    void create(Context ctx) {
        SignedInStaff admin = SignedInStaff.required(ctx);
        var typed = new StaffPage.NewMember(Forms.text(ctx, "username"), Forms.text(ctx, "displayName"),
                new LinkedHashSet<>(ctx.formParams("roles")));
        var result = roles(ctx).flatMap(roles -> staff.create(admin.id(), typed.username(), typed.displayName(), roles)
                .mapLeft(errors -> FieldErrors.of(errors, Languages.messagesFor(ctx))));
        if (result.isLeft()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, new StaffPage.NewMember(Forms.limited(typed.username(), 200), Forms.limited(typed.displayName(), 200),
                    typed.roles()), result.getLeft());
            return;
        }
        var created = result.get();
        templates.render(ctx, "temporary-password.jte", new TemporaryPasswordPage(Languages.messagesFor(ctx),
                created.member().displayName(), created.member().username().value(), created.password().value(), true));
    }

    void deactivate(Context ctx) {
        SignedInStaff admin = SignedInStaff.required(ctx);
        answer(ctx, staff.deactivate(admin.id(), member(ctx)), done -> ctx.redirect(PATH, HttpStatus.SEE_OTHER));
    }

    void resetPassword(Context ctx) {
        SignedInStaff admin = SignedInStaff.required(ctx);
        StaffId id = member(ctx);
        answer(ctx, staff.resetPassword(admin.id(), id), password -> {
            StaffMember member = staff.list().find(m -> m.id().equals(id)).getOrElseThrow(() -> new NotFoundResponse());
            templates.render(ctx, "temporary-password.jte", new TemporaryPasswordPage(Languages.messagesFor(ctx),
                    member.displayName(), member.username().value(), password.value(), false));
        });
    }

    void assignRoles(Context ctx) {
        SignedInStaff admin = SignedInStaff.required(ctx);
        StaffId id = member(ctx);
        var roles = roles(ctx);
        if (roles.isLeft()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, StaffPage.NewMember.empty(), roles.getLeft());
            return;
        }
        answer(ctx, staff.assignRoles(admin.id(), id, roles.get()), done -> ctx.redirect(PATH, HttpStatus.SEE_OTHER));
    }

    private <T> void answer(Context ctx, Either<StaffRefusal, T> result, java.util.function.Consumer<T> done) {
        if (result.isRight()) {
            done.accept(result.get());
            return;
        }
        StaffRefusal refusal = result.getLeft();
        switch (refusal) {
            case UNKNOWN_MEMBER -> throw new NotFoundResponse();
            case NOT_ALLOWED -> throw new Refusal(HttpStatus.FORBIDDEN, "page.forbidden", refusal.detail());
            case OWN_ACCOUNT, LAST_ADMINISTRATOR, NO_ROLES -> {
                Messages t = Languages.messagesFor(ctx);
                ctx.status(HttpStatus.CONFLICT);
                render(ctx, StaffPage.NewMember.empty(), FieldErrors.general(t.get("error." + refusal.code())));
            }
        }
    }

    private void render(Context ctx, StaffPage.NewMember typed, FieldErrors errors) {
        Messages t = Languages.messagesFor(ctx);
        StaffId self = SignedInStaff.required(ctx).id();
        // Locked now by the domain's clock, never the web server's own.
        var locked = staff.lockedOut().toMap(m -> m.id(), m -> new Times(zone).when(m.lockedUntil().get(), t));
        List<StaffPage.Member> members = staff.list().map(m -> new StaffPage.Member(m.id().toString(),
                m.username().value(), m.displayName(), m.roles().map(Role::name).toJavaSet(),
                String.join(", ", Navigation.roleNames(m.roles().toJavaSet(), t)), m.active(),
                locked.get(m.id()).getOrElse(""), m.mustChangePassword(), m.id().equals(self))).toJavaList();
        List<StaffPage.RoleChoice> choices = Arrays.stream(Role.values())
                .map(role -> new StaffPage.RoleChoice(role.name(), t.get("role." + role.name()))).toList();
        List<String> lockedNow = staff.lockedOut().map(m -> t.get("staff.locked.entry", m.displayName(),
                m.username().value(), locked.get(m.id()).get())).toJavaList();
        templates.render(ctx, "staff.jte", new StaffPage(t, members, choices, typed, errors, lockedNow));
    }

    /** The member named in the path; an id that is not one is a page that does not exist. */
    private static StaffId member(Context ctx) {
        return StaffId.parse(ctx.pathParam("id")).getOrElseThrow(NotFoundResponse::new);
    }

    /** The roles ticked in the form; a name that is no role is an error, not ignored. */
    private static Either<FieldErrors, io.vavr.collection.Set<Role>> roles(Context ctx) {
        Set<Role> roles = new LinkedHashSet<>();
        for (String name : ctx.formParams("roles")) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException unknown) {
                Messages t = Languages.messagesFor(ctx);
                return Either.left(new FieldErrors(java.util.Map.of("roles", List.of(t.get("error.role.unknown")))));
            }
        }
        return Either.right(HashSet.ofAll(roles));
    }
}
