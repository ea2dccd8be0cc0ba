package org.hotline.domain.takedown;

import java.time.Instant;
import java.util.Objects;

/** Where a takedown stands. Each state is its own type; what may happen next is decided by it. */
public sealed interface TakedownState {

    /** The name stored and shown for this state. */
    String name();

    /** The procedure's steps are being done, in the agreement's order. */
    record Running() implements TakedownState {
        public String name() {
            return "RUNNING";
        }
    }

    /** The police asked the hotline to wait: nothing reaches the host until they lift the hold. */
    record Held(PoliceHold hold) implements TakedownState {
        public Held {
            Objects.requireNonNull(hold, "hold");
        }

        public String name() {
            return "POLICE_HOLD";
        }
    }

    /** The content was seen gone: the takedown is done. */
    record Removed(Instant at, String evidence) implements TakedownState {
        public Removed {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(evidence, "evidence");
        }

        public String name() {
            return "REMOVED";
        }
    }

    /** Withdrawn, as when an appeal finds the material not illegal after all. */
    record Withdrawn(Instant at, String reason) implements TakedownState {
        public Withdrawn {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(reason, "reason");
        }

        public String name() {
            return "WITHDRAWN";
        }
    }
}
