package org.hotline.domain.staff;

import java.time.Instant;

import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where signed-in sessions are kept, by the digest of their token. */
@SecondaryPort
public interface Sessions {

    void open(Session session);

    Option<Session> byDigest(String idDigest);

    /** The member's sessions, the most recently used first. */
    io.vavr.collection.Seq<Session> of(StaffId staff);

    void touch(String idDigest, Instant at);

    void close(String idDigest);

    /** Ends every session of the member: after a reset of their password or a deactivation. */
    void closeAllOf(StaffId staff);

    /** Ends every session of the member but one: after they changed their own password in that one. */
    void closeOthersOf(StaffId staff, String keptDigest);

    /** Forgets sessions that have ended by the policy; returns how many. */
    int closeExpired(Instant at, SessionPolicy policy);
}
