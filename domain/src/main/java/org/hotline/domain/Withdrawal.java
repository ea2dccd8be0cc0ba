package org.hotline.domain;

import java.util.Objects;

/**
 * What became of a request to withdraw something pending with others on a case (a referral to a partner hotline, a
 * notice to a host) once the hotline no longer stands behind it. A port that cannot reach its partner fails; one that
 * reached it says what it withdrew, or that nothing was pending.
 */
public sealed interface Withdrawal {

    /** Something was pending and is withdrawn; {@code what} says what, for the audit trail. */
    record Withdrawn(String what) implements Withdrawal {
        public Withdrawn {
            Objects.requireNonNull(what, "what");
        }
    }

    /** Nothing was pending for the case. */
    record NothingPending() implements Withdrawal {
    }

    /** In words, for the audit trail. */
    default String describe() {
        return this instanceof Withdrawn withdrawn ? "withdrawn: " + withdrawn.what() : "nothing pending";
    }
}
