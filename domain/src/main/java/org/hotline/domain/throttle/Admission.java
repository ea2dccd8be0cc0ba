package org.hotline.domain.throttle;

import java.time.Duration;
import java.util.Objects;

/** Whether a client may go ahead now; if not, how long until it may. */
public sealed interface Admission permits Admission.Admitted, Admission.Refused {

    Admission ADMITTED = new Admitted();

    boolean admitted();

    /** Go ahead. */
    record Admitted() implements Admission {
        @Override
        public boolean admitted() {
            return true;
        }
    }

    /** Not now: the next token comes after {@code retryAfter}, at least a second. */
    record Refused(Duration retryAfter) implements Admission {

        public Refused {
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (retryAfter.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("a client is told to wait at least a second");
            }
        }

        @Override
        public boolean admitted() {
            return false;
        }

        /** The wait in whole seconds, rounded up, as a {@code Retry-After} header says it. */
        public long seconds() {
            return retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        }
    }
}
