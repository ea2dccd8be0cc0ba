package org.hotline.domain.takedown;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.hotline.domain.staff.StaffId;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A police hold: the police asked that the host not be contacted, so as not to compromise an investigation. It is
 * reviewed by a date and lifted explicitly; it never lapses by itself.
 *
 * @param placedBy the police liaison who recorded it
 * @param reference the police's reference or reason, as they gave it
 */
@ValueObject
public record PoliceHold(StaffId placedBy, Instant placedAt, LocalDate reviewBy, String reference) {

    public PoliceHold {
        Objects.requireNonNull(placedBy, "placedBy");
        Objects.requireNonNull(placedAt, "placedAt");
        Objects.requireNonNull(reviewBy, "reviewBy");
        Objects.requireNonNull(reference, "reference");
    }

    /** Whether the hold is due for review on the given day (its review date has come). */
    public boolean dueForReview(LocalDate today) {
        return !today.isBefore(reviewBy);
    }
}
