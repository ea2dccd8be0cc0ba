package org.hotline.domain.report;

import java.time.Duration;
import java.util.Objects;

/**
 * How claims on cases behave. A claim runs for {@code length} from the moment it is made; after that the case counts
 * as free again, and another analyst (or the same one) may claim it.
 */
public record ClaimSettings(Duration length) {

    public static final Duration DEFAULT_LENGTH = Duration.ofMinutes(30);
    public static final Duration LONGEST = Duration.ofHours(8);

    public ClaimSettings {
        Objects.requireNonNull(length, "length");
        if (length.compareTo(Duration.ofMinutes(1)) < 0 || length.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("a claim runs for 1 minute to 8 hours, not " + length);
        }
    }

    public static ClaimSettings defaults() {
        return new ClaimSettings(DEFAULT_LENGTH);
    }
}
