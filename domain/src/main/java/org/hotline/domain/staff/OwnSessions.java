package org.hotline.domain.staff;

import io.vavr.collection.Seq;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A member sees where they are signed in, and ends the sessions they do not want. */
@PrimaryPort
public interface OwnSessions {

    /** The member's open sessions, the most recently used first. */
    Seq<Session> sessions(SignIn.Authenticated who);

    /** Ends one of the member's own sessions, by its digest; false when they hold no such session. */
    boolean end(SignIn.Authenticated who, String sessionDigest);

    /** Ends every session of the member but the one they use; says how many ended. */
    int endOthers(SignIn.Authenticated who);
}
