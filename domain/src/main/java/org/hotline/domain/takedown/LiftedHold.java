package org.hotline.domain.takedown;

import java.time.Instant;
import java.util.Objects;

import org.hotline.domain.staff.StaffId;
import org.jmolecules.ddd.annotation.ValueObject;

/** A police hold that was lifted: the hold as placed, who lifted it (a police liaison), when, and why. */
@ValueObject
public record LiftedHold(PoliceHold hold, StaffId liftedBy, Instant liftedAt, String reason) {

    public LiftedHold {
        Objects.requireNonNull(hold, "hold");
        Objects.requireNonNull(liftedBy, "liftedBy");
        Objects.requireNonNull(liftedAt, "liftedAt");
        Objects.requireNonNull(reason, "reason");
    }
}
