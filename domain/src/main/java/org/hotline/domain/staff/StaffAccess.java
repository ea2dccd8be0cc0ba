package org.hotline.domain.staff;

import java.time.Instant;
import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.FieldError;
import org.hotline.domain.audit.AuditEntry;
import org.jmolecules.ddd.annotation.Service;

/**
 * Signing in and out, recognising sessions, and changing one's own password.
 *
 * <p>A sign-in always checks a password against a hash, even for a username that does not exist (against a hash
 * of nothing in particular), so that the time an answer takes does not tell which usernames exist. Wrong passwords
 * in a row lock the account as the {@link LockoutPolicy} says; while locked, even the right password is refused.
 * Passwords are hashed and checked outside the unit of work, so that no transaction waits on a deliberately slow
 * hash.
 */
@Service
public final class StaffAccess implements SignIn, ChangePassword {

    private final StaffPorts ports;
    private final LockoutPolicy lockout;
    private final SessionPolicy sessionPolicy;
    private final String hashOfNothing;

    public StaffAccess(StaffPorts ports, LockoutPolicy lockout, SessionPolicy sessionPolicy) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.lockout = Objects.requireNonNull(lockout, "lockout");
        this.sessionPolicy = Objects.requireNonNull(sessionPolicy, "sessionPolicy");
        this.hashOfNothing = ports.hasher().hash(ports.tokens().next());
    }

    @Override
    public Either<Refused, SignedIn> signIn(String username, String password) {
        String typed = password == null ? "" : password;
        Option<StaffMember> found = Username.parse(username).toOption().flatMap(ports.members()::byUsername);
        boolean matches = ports.hasher().verify(typed, found.map(StaffMember::passwordHash).getOrElse(hashOfNothing));
        if (found.isEmpty()) {
            return ports.unit().inOneUnit(() -> {
                ports.audit().record(AuditEntry.bySystem(ports.clock().instant(), "staff.sign_in_failed", "staff:unknown",
                        "", "reason=" + Refused.WRONG_CREDENTIALS));
                return Either.left(Refused.WRONG_CREDENTIALS);
            });
        }
        return ports.unit().inOneUnit(() -> {
            Instant now = ports.clock().instant();
            StaffMember member = ports.members().forChange(found.get().id()).getOrElse(found.get());
            if (!member.active()) {
                return refused(member, now, Refused.INACTIVE, "");
            }
            if (member.lockedAt(now)) {
                return refused(member, now, Refused.LOCKED, "locked_until=" + member.lockedUntil().get());
            }
            if (!matches) {
                StaffMember failed = member.failedSignIn(now, lockout);
                ports.members().update(failed);
                Either<Refused, SignedIn> refusal = refused(failed, now, Refused.WRONG_CREDENTIALS,
                        "failed_sign_ins=" + failed.failedSignIns());
                if (failed.lockedAt(now)) {
                    ports.audit().record(entry(failed, now, "staff.locked_out", "",
                            "locked_until=" + failed.lockedUntil().get()));
                }
                return refusal;
            }
            StaffMember signedIn = member.signedIn(now);
            ports.members().update(signedIn);
            ports.sessions().closeExpired(now, sessionPolicy);
            String token = ports.tokens().next();
            Session session = new Session(Session.digestOf(token), member.id(), now, now, ports.tokens().next());
            ports.sessions().open(session);
            ports.audit().record(entry(signedIn, now, "staff.signed_in", "", ""));
            return Either.right(new SignedIn(signedIn, token, session));
        });
    }

    private Either<Refused, SignedIn> refused(StaffMember member, Instant now, Refused reason, String detail) {
        ports.audit().record(entry(member, now, "staff.sign_in_failed", "",
                "reason=" + reason + (detail.isEmpty() ? "" : "; " + detail)));
        return Either.left(reason);
    }

    @Override
    public Option<Authenticated> recognise(String sessionToken) {
        if (sessionToken == null || sessionToken.isBlank()) {
            return Option.none();
        }
        String digest = Session.digestOf(sessionToken);
        Option<Session> session = ports.sessions().byDigest(digest);
        if (session.isEmpty()) {
            return Option.none();
        }
        Instant now = ports.clock().instant();
        Option<StaffMember> member = ports.members().byId(session.get().staff()).filter(StaffMember::active);
        if (sessionPolicy.expired(session.get(), now) || member.isEmpty()) {
            ports.sessions().close(digest);
            return Option.none();
        }
        if (sessionPolicy.needsTouch(session.get(), now)) {
            ports.sessions().touch(digest, now);
        }
        return Option.some(new Authenticated(member.get(), session.get()));
    }

    @Override
    public void signOut(String sessionToken) {
        if (sessionToken == null || sessionToken.isBlank()) {
            return;
        }
        String digest = Session.digestOf(sessionToken);
        ports.unit().inOneUnit(() -> {
            Option<Session> session = ports.sessions().byDigest(digest);
            if (session.isDefined()) {
                ports.sessions().close(digest);
                ports.audit().record(asMember(session.get().staff(), ports.clock().instant(), "staff.signed_out", "", ""));
            }
            return null;
        });
    }

    @Override
    public Either<Seq<FieldError>, StaffMember> change(Authenticated who, String current, String password, String repeat) {
        Objects.requireNonNull(who, "who");
        StaffMember member = who.member();
        List<FieldError> errors = List.empty();
        if (!ports.hasher().verify(current == null ? "" : current, member.passwordHash())) {
            errors = errors.append(new FieldError("current", "password.wrong", "This is not your current password."));
        } else if (current.equals(password)) {
            errors = errors.append(new FieldError("password", "password.unchanged",
                    "Choose a password different from the current one."));
        }
        errors = errors.appendAll(PasswordPolicy.check("password", password, "repeat", repeat, member.username()));
        if (!errors.isEmpty()) {
            return Either.left(errors);
        }
        String hash = ports.hasher().hash(password);
        return Either.right(ports.unit().inOneUnit(() -> {
            Instant now = ports.clock().instant();
            StaffMember changed = ports.members().forChange(member.id()).getOrElse(member).withPassword(hash, false, now);
            ports.members().update(changed);
            ports.sessions().closeOthersOf(member.id(), who.session().idDigest());
            ports.audit().record(entry(changed, now, "staff.password_changed", "", "must_change_password=false"));
            return changed;
        }));
    }

    private static AuditEntry entry(StaffMember member, Instant at, String action, String before, String after) {
        return asMember(member.id(), at, action, before, after);
    }

    /** What members do to their own account (sign in, sign out, change password) is done in no particular role. */
    private static AuditEntry asMember(StaffId member, Instant at, String action, String before, String after) {
        return new AuditEntry(Option.some(member), Option.none(), at, action, "staff:" + member, before, after);
    }
}
