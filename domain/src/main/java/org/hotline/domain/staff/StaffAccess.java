package org.hotline.domain.staff;

import java.time.Instant;
import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.FieldError;
import org.hotline.domain.audit.AuditEntry;
import org.hotline.domain.audit.AuditSubject;
import org.hotline.domain.throttle.Admission;
import org.jmolecules.ddd.annotation.Service;

/**
 * Signing in and out, recognising sessions, and changing one's own password.
 *
 * <p>A sign-in always checks a password against a hash, even for a username that does not exist (against a hash
 * of nothing in particular), so that the time an answer takes does not tell which usernames exist. Guessing is held
 * back on three counts (see {@link SignInPolicy}): failures per client address, whatever the usernames, past which a
 * client waits before any password is checked; wrong passwords in a row per account, which lock it for browsers it
 * was never signed in from; and wrong passwords in a row per browser the member did sign in from, which lock that
 * browser alone. Strangers can therefore lock an account only for strangers: its member, in their own browser, signs
 * in all the same. Passwords are hashed and checked outside the unit of work, so that no transaction waits on a
 * deliberately slow hash; a hash made with weaker parameters than today's is replaced at the next sign-in.
 */
@Service
public final class StaffAccess implements SignIn, ChangePassword, ChooseLanguage, ReportUnknownSignIns {

    private final StaffPorts ports;
    private final SignInPolicy policy;
    private final SessionPolicy sessionPolicy;
    private final String hashOfNothing;

    public StaffAccess(StaffPorts ports, SignInPolicy policy, SessionPolicy sessionPolicy) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.sessionPolicy = Objects.requireNonNull(sessionPolicy, "sessionPolicy");
        this.hashOfNothing = ports.hasher().hash(ports.tokens().next());
    }

    /** The standard sign-in policy with another lock-out of accounts. */
    public StaffAccess(StaffPorts ports, LockoutPolicy lockout, SessionPolicy sessionPolicy) {
        this(ports, SignInPolicy.lockingAccounts(lockout), sessionPolicy);
    }

    @Override
    public Admission mayTry(String client) {
        return ports.guards().buckets().check(clientKey(client), policy.clientFailures());
    }

    @Override
    public Either<Refused, SignedIn> signIn(SignInAttempt attempt) {
        Objects.requireNonNull(attempt, "attempt");
        if (!mayTry(attempt.client()).admitted()) {
            return Either.left(Refused.THROTTLED);
        }
        String typed = attempt.password() == null ? "" : attempt.password();
        Option<StaffMember> found = Username.parse(attempt.username()).toOption().flatMap(ports.members()::byUsername);
        String hash = found.map(StaffMember::passwordHash).getOrElse(hashOfNothing);
        boolean matches = ports.hasher().verify(typed, hash);
        if (found.isEmpty()) {
            return unknownUsername(attempt);
        }
        Option<String> upgraded = matches && ports.hasher().needsRehash(hash) ? Option.some(ports.hasher().hash(typed))
                : Option.none();
        return ports.unit().inOneUnit(() -> decide(attempt, found.get(), matches, upgraded));
    }

    /** Counted, not recorded one by one: the tally goes to the audit trail (see {@link #reportUnknownSignIns}). */
    private Either<Refused, SignedIn> unknownUsername(SignInAttempt attempt) {
        ports.guards().buckets().take(clientKey(attempt.client()), policy.clientFailures());
        ports.guards().unknownSignIns().count(attempt.client(), ports.clock().instant());
        return Either.left(Refused.WRONG_CREDENTIALS);
    }

    private Either<Refused, SignedIn> decide(SignInAttempt attempt, StaffMember found, boolean matches,
            Option<String> upgraded) {
        Instant now = ports.clock().instant();
        StaffMember member = ports.members().forChange(found.id()).getOrElse(found);
        Option<TrustedDevice> device = attempt.deviceToken().map(TrustedDevice::digestOf)
                .flatMap(ports.guards().devices()::byDigest).filter(known -> known.staff().equals(member.id()));
        if (!member.active()) {
            return refused(member, now, attempt, Refused.INACTIVE, "");
        }
        if (device.exists(known -> known.lockedAt(now))) {
            return refused(member, now, attempt, Refused.LOCKED, "browser locked until " + device.get().lockedUntil().get());
        }
        if (device.isEmpty() && member.lockedAt(now)) {
            return refused(member, now, attempt, Refused.LOCKED, "locked_until=" + member.lockedUntil().get());
        }
        if (!matches) {
            return wrongPassword(member, device, attempt, now);
        }
        return opened(member, device, attempt, upgraded, now);
    }

    private Either<Refused, SignedIn> wrongPassword(StaffMember member, Option<TrustedDevice> device, SignInAttempt attempt,
            Instant now) {
        ports.guards().buckets().take(clientKey(attempt.client()), policy.clientFailures());
        if (device.isDefined()) {
            TrustedDevice failed = device.get().failed(now, policy.devices());
            ports.guards().devices().save(failed);
            Either<Refused, SignedIn> refusal = refused(member, now, attempt, Refused.WRONG_CREDENTIALS,
                    "known browser; its failed_sign_ins=" + failed.failedSignIns());
            if (failed.lockedAt(now)) {
                ports.audit().record(entry(member, now, "staff.browser_locked_out", "",
                        "locked_until=" + failed.lockedUntil().get()));
            }
            return refusal;
        }
        StaffMember failed = member.failedSignIn(now, policy.accounts());
        ports.members().update(failed);
        Either<Refused, SignedIn> refusal = refused(failed, now, attempt, Refused.WRONG_CREDENTIALS,
                "failed_sign_ins=" + failed.failedSignIns());
        if (failed.lockedAt(now)) {
            ports.audit().record(entry(failed, now, "staff.locked_out", "",
                    "locked_until=" + failed.lockedUntil().get() + "; for browsers it was not signed in from"));
        }
        return refusal;
    }

    private Either<Refused, SignedIn> opened(StaffMember member, Option<TrustedDevice> device, SignInAttempt attempt,
            Option<String> upgraded, Instant now) {
        StaffMember signedIn = upgraded.map(hash -> member.signedIn(now).withPassword(hash, member.mustChangePassword(), now))
                .getOrElse(() -> member.signedIn(now));
        ports.members().update(signedIn);
        if (upgraded.isDefined()) {
            ports.audit().record(entry(signedIn, now, "staff.password_rehashed", "", "with the current parameters"));
        }
        ports.sessions().closeExpired(now, sessionPolicy);
        endSessionsBeyondTheLimit(signedIn, now);
        String token = ports.tokens().next();
        Session session = new Session(Session.digestOf(token), member.id(), now, now, ports.tokens().next(),
                attempt.client(), attempt.shortBrowser());
        ports.sessions().open(session);
        Option<String> newDevice = device.isDefined() ? Option.none() : Option.some(ports.tokens().next());
        ports.guards().devices().save(device.map(known -> known.signedIn(now))
                .getOrElse(() -> TrustedDevice.of(newDevice.get(), member.id(), now)));
        ports.audit().record(entry(signedIn, now, "staff.signed_in", "", "client=" + attempt.client()));
        return Either.right(new SignedIn(signedIn, token, session, newDevice));
    }

    /** A member holds at most so many sessions: the ones used longest ago end to make room for the new one. */
    private void endSessionsBeyondTheLimit(StaffMember member, Instant now) {
        Seq<Session> open = ports.sessions().of(member.id());
        for (Session oldest : open.sortBy(Session::lastSeenAt).take(Math.max(0, open.size() - sessionPolicy.perMember() + 1))) {
            ports.sessions().close(oldest.idDigest());
            ports.audit().record(entry(member, now, "staff.session_ended", "", "the oldest of more than "
                    + sessionPolicy.perMember() + " sessions; opened from " + oldest.client()));
        }
    }

    private Either<Refused, SignedIn> refused(StaffMember member, Instant now, SignInAttempt attempt, Refused reason,
            String detail) {
        ports.audit().record(entry(member, now, "staff.sign_in_failed", "",
                "reason=" + reason + (detail.isEmpty() ? "" : "; " + detail) + "; client=" + attempt.client()));
        return Either.left(reason);
    }

    @Override
    public int reportUnknownSignIns() {
        Instant now = ports.clock().instant();
        Seq<UnknownSignIns.Tally> due = ports.guards().unknownSignIns().due(now.minus(policy.quietAfter()),
                now.minus(policy.reportEvery()));
        for (UnknownSignIns.Tally tally : due) {
            ports.unit().inOneUnit(() -> {
                ports.audit().record(AuditEntry.bySystem(now, "staff.sign_in_failed_unknown", "client:" + tally.client(),
                        "", "attempts=" + tally.attempts() + "; first=" + tally.first() + "; last=" + tally.last()
                                + "; for usernames that do not exist"));
                ports.guards().unknownSignIns().forget(tally);
                return null;
            });
        }
        return due.size();
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

    @Override
    public Either<Seq<FieldError>, StaffMember> chooseLanguage(Authenticated who, Option<String> language) {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(language, "language");
        if (language.exists(code -> !code.matches(StaffMember.LANGUAGE_CODE))) {
            return Either.left(List.of(new FieldError("language", "language.unknown", "Choose a language from the list.")));
        }
        return Either.right(ports.unit().inOneUnit(() -> {
            Instant now = ports.clock().instant();
            StaffMember current = ports.members().forChange(who.member().id()).getOrElse(who.member());
            StaffMember changed = current.speaking(language, now);
            ports.members().update(changed);
            ports.audit().record(entry(changed, now, "staff.language_chosen", current.language().getOrElse(""),
                    language.getOrElse("")));
            return changed;
        }));
    }

    private static String clientKey(String client) {
        return "sign-in:" + client;
    }

    private static AuditEntry entry(StaffMember member, Instant at, String action, String before, String after) {
        return asMember(member.id(), at, action, before, after);
    }

    /** What members do to their own account (sign in, sign out, change password) is done in no particular role. */
    private static AuditEntry asMember(StaffId member, Instant at, String action, String before, String after) {
        return new AuditEntry(Option.some(member), Option.none(), at, action, AuditSubject.ofStaff(member), before, after);
    }
}
