package org.hotline.domain.staff;

import java.time.Instant;
import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.FieldError;
import org.hotline.domain.Identities;
import org.hotline.domain.audit.AuditEntry;
import org.hotline.domain.audit.AuditSubject;
import org.jmolecules.ddd.annotation.Service;

/**
 * Accounts, as administrators manage them. Only an active administrator may change an account; nobody can
 * deactivate themselves or take away their own administrator role, and the last active administrator stays one, so
 * that the hotline is never left without someone who can manage it.
 */
@Service
public final class StaffAdministration implements ManageStaff {

    private final StaffPorts ports;
    private final Identities identities;

    public StaffAdministration(StaffPorts ports, Identities identities) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.identities = Objects.requireNonNull(identities, "identities");
    }

    @Override
    public Seq<StaffMember> list() {
        return ports.members().all();
    }

    @Override
    public Seq<StaffMember> lockedOut() {
        java.time.Instant now = ports.clock().instant();
        return ports.members().all().filter(member -> member.active() && member.lockedAt(now));
    }

    @Override
    public boolean needsFirstAdministrator() {
        return ports.members().activeAdministrators().isEmpty();
    }

    @Override
    public Either<Seq<FieldError>, StaffMember> setUpFirstAdministrator(String username, String displayName,
            String password, String repeat) {
        Either<Seq<FieldError>, Details> details = details(username, displayName, TreeSet.of(Role.ADMINISTRATOR));
        Seq<FieldError> errors = details.isLeft() ? details.getLeft()
                : PasswordPolicy.check("password", password, "repeat", repeat, details.get().username());
        if (!errors.isEmpty()) {
            return Either.left(errors);
        }
        String hash = ports.hasher().hash(password);
        return ports.unit().inOneUnit(() -> {
            if (!ports.members().activeAdministrators().isEmpty()) {
                return Either.left(List.of(new FieldError("", "setup.done", "The hotline already has an administrator.")));
            }
            return admit(details.get(), hash, false, member -> {
                ports.audit().record(AuditEntry.bySystem(member.createdAt(), "staff.setup_token_used",
                        subject(member), "", "first administrator " + member.username()));
                ports.audit().record(AuditEntry.bySystem(member.createdAt(), "staff.created", subject(member), "",
                        member.describe()));
            });
        });
    }

    @Override
    public Either<Seq<FieldError>, Created> create(StaffId actor, String username, String displayName, Set<Role> roles) {
        Either<Seq<FieldError>, Details> details = details(username, displayName, roles);
        if (details.isLeft()) {
            return Either.left(details.getLeft());
        }
        TemporaryPassword temporary = TemporaryPassword.from(ports.tokens().next());
        String hash = ports.hasher().hash(temporary.value());
        return ports.unit().inOneUnit(() -> {
            if (!ports.members().byId(actor).exists(StaffMember::isActiveAdministrator)) {
                return Either.left(List.of(new FieldError("", StaffRefusal.NOT_ALLOWED.code(), StaffRefusal.NOT_ALLOWED.detail())));
            }
            return admit(details.get(), hash, true, member -> ports.audit().record(
                    asAdministrator(actor, member.createdAt(), "staff.created", member, "", member.describe())))
                    .map(member -> new Created(member, temporary));
        });
    }

    @Override
    public Either<StaffRefusal, StaffMember> deactivate(StaffId actor, StaffId member) {
        return changeAsAdministrator(actor, member, (target, administrators) -> {
            if (target.id().equals(actor)) {
                return Either.left(StaffRefusal.OWN_ACCOUNT);
            }
            if (target.isActiveAdministrator() && administrators.size() <= 1) {
                return Either.left(StaffRefusal.LAST_ADMINISTRATOR);
            }
            if (!target.active()) {
                return Either.right(target);
            }
            Instant now = ports.clock().instant();
            StaffMember deactivated = target.deactivated(now);
            ports.members().update(deactivated);
            ports.sessions().closeAllOf(target.id());
            ports.audit().record(asAdministrator(actor, now, "staff.deactivated", target, target.describe(),
                    deactivated.describe()));
            return Either.right(deactivated);
        });
    }

    @Override
    public Either<StaffRefusal, TemporaryPassword> resetPassword(StaffId actor, StaffId member) {
        TemporaryPassword temporary = TemporaryPassword.from(ports.tokens().next());
        String hash = ports.hasher().hash(temporary.value());
        return changeAsAdministrator(actor, member, (target, administrators) -> {
            Instant now = ports.clock().instant();
            ports.members().update(target.withPassword(hash, true, now));
            ports.sessions().closeAllOf(target.id());
            ports.audit().record(asAdministrator(actor, now, "staff.password_reset", target, "",
                    "must_change_password=true"));
            return Either.right(temporary);
        });
    }

    @Override
    public Either<StaffRefusal, StaffMember> assignRoles(StaffId actor, StaffId member, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            return Either.left(StaffRefusal.NO_ROLES);
        }
        Set<Role> wanted = TreeSet.ofAll(roles);
        return changeAsAdministrator(actor, member, (target, administrators) -> {
            boolean demotes = target.isActiveAdministrator() && !wanted.contains(Role.ADMINISTRATOR);
            if (demotes && target.id().equals(actor)) {
                return Either.left(StaffRefusal.OWN_ACCOUNT);
            }
            if (demotes && administrators.size() <= 1) {
                return Either.left(StaffRefusal.LAST_ADMINISTRATOR);
            }
            if (target.roles().equals(wanted)) {
                return Either.right(target);
            }
            Instant now = ports.clock().instant();
            StaffMember changed = target.withRoles(wanted, now);
            ports.members().update(changed);
            ports.audit().record(asAdministrator(actor, now, "staff.roles_changed", target, target.describe(),
                    changed.describe()));
            return Either.right(changed);
        });
    }

    /** A change an active administrator makes to an existing member, in one unit, with the administrators held. */
    private <T> Either<StaffRefusal, T> changeAsAdministrator(StaffId actor, StaffId member, Change<T> change) {
        return ports.unit().inOneUnit(() -> {
            Seq<StaffMember> administrators = ports.members().activeAdministrators();
            if (!administrators.exists(a -> a.id().equals(actor))) {
                return Either.left(StaffRefusal.NOT_ALLOWED);
            }
            Option<StaffMember> target = ports.members().forChange(member);
            return target.isEmpty() ? Either.left(StaffRefusal.UNKNOWN_MEMBER) : change.apply(target.get(), administrators);
        });
    }

    @FunctionalInterface
    private interface Change<T> {
        Either<StaffRefusal, T> apply(StaffMember target, Seq<StaffMember> activeAdministrators);
    }

    /** Stores a new member unless the username is taken, and records it through {@code audit}. */
    private Either<Seq<FieldError>, StaffMember> admit(Details details, String hash, boolean mustChangePassword,
            java.util.function.Consumer<StaffMember> audit) {
        if (ports.members().byUsername(details.username()).isDefined()) {
            return Either.left(List.of(new FieldError("username", "username.taken", "This username is taken.")));
        }
        StaffMember member = StaffMember.create(new StaffId(identities.next()), details.username(),
                details.displayName(), details.roles(), hash, mustChangePassword, ports.clock().instant());
        ports.members().add(member);
        audit.accept(member);
        return Either.right(member);
    }

    private record Details(Username username, String displayName, Set<Role> roles) {
    }

    private static Either<Seq<FieldError>, Details> details(String username, String displayName, Set<Role> roles) {
        List<FieldError> errors = List.empty();
        Either<FieldError, Username> name = Username.parse(username);
        if (name.isLeft()) {
            errors = errors.append(name.getLeft());
        }
        String shown = displayName == null ? "" : displayName.strip();
        if (shown.isEmpty()) {
            errors = errors.append(new FieldError("displayName", "required", "Give the name to show."));
        } else if (shown.length() > StaffMember.MAX_DISPLAY_NAME_LENGTH) {
            errors = errors.append(new FieldError("displayName", "too_long",
                    "A name has at most " + StaffMember.MAX_DISPLAY_NAME_LENGTH + " characters."));
        } else if (shown.chars().anyMatch(Character::isISOControl)) {
            errors = errors.append(new FieldError("displayName", "control_character",
                    "A name cannot hold line breaks or other control characters."));
        }
        if (roles == null || roles.isEmpty()) {
            errors = errors.append(new FieldError("roles", StaffRefusal.NO_ROLES.code(), StaffRefusal.NO_ROLES.detail()));
        }
        return errors.isEmpty() ? Either.right(new Details(name.get(), shown, TreeSet.ofAll(roles))) : Either.left(errors);
    }

    private static AuditEntry asAdministrator(StaffId actor, Instant at, String action, StaffMember target, String before,
            String after) {
        return AuditEntry.byStaff(actor, Role.ADMINISTRATOR, at, action, subject(target), before, after);
    }

    private static String subject(StaffMember member) {
        return AuditSubject.ofStaff(member.id());
    }
}
