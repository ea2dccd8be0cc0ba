package org.hotline.domain.staff;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.throttle.Admission;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Signs members of staff in and out, and recognises the session a request presents. */
@PrimaryPort
public interface SignIn {

    /**
     * Checks the username and password and, when they are right and the account is usable, opens a new session.
     * Whether the username exists is never told, neither by the answer nor by the time it takes.
     */
    Either<Refused, SignedIn> signIn(SignInAttempt attempt);

    /** The same, from a client not told apart from any other, in a browser never seen before. */
    default Either<Refused, SignedIn> signIn(String username, String password) {
        return signIn(SignInAttempt.of(username, password));
    }

    /** Whether a client may try to sign in now, or has failed so often that it must wait, and how long. */
    Admission mayTry(String client);

    /** The active member whose session this token opens, if the session is still within its time. */
    Option<Authenticated> recognise(String sessionToken);

    /** Ends the session; an unknown or ended session is left as it is. */
    void signOut(String sessionToken);

    /**
     * A new session: its token goes to the member's browser and is kept nowhere else; so does the browser's device
     * token, when this sign-in made one (the browser had none of this member's).
     */
    record SignedIn(StaffMember member, String sessionToken, Session session, Option<String> deviceToken) {
    }

    /** The member behind a request, and the session it came with. */
    record Authenticated(StaffMember member, Session session) {
    }

    /**
     * Why a sign-in was refused. For the audit trail and for tests only: people are told the same for every reason,
     * so that nobody learns from the answer which usernames exist.
     */
    enum Refused {
        /** No such username, or the wrong password. */
        WRONG_CREDENTIALS,
        /** Too many wrong passwords in a row: the account is locked for a while. */
        LOCKED,
        /** The account was deactivated. */
        INACTIVE,
        /** Too many failed sign-ins from this client address: it must wait before it tries again. */
        THROTTLED
    }
}
