package org.hotline.domain.staff;

import java.time.Instant;
import java.util.Objects;

import io.vavr.collection.Seq;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The count of sign-ins for usernames that do not exist, per client address, until it is written to the audit trail
 * in one record: someone trying names by the thousand makes one record per round, not one per attempt.
 */
@SecondaryPort
public interface UnknownSignIns {

    /** Counts one more attempt of the client for a username that does not exist. */
    void count(String client, Instant at);

    /** The tallies to report: of clients quiet since {@code quietSince}, and any begun before {@code begunBefore}. */
    Seq<Tally> due(Instant quietSince, Instant begunBefore);

    /** Forgets a tally once it is reported; attempts counted since it was read stay. */
    void forget(Tally tally);

    /** How many attempts of one client, between its first and its last. */
    record Tally(String client, Instant first, Instant last, int attempts) {

        public Tally {
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
        }
    }
}
