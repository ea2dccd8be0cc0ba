package org.hotline.domain.takedown;

import java.time.Instant;
import java.util.Objects;

import io.vavr.control.Option;
import org.hotline.domain.law.Actor;
import org.hotline.domain.staff.StaffId;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A step of the procedure, done: by which actor (the police, a magistrate, the hotline...), recorded by which member
 * of staff and when, with what they noted (a police reference, how the host was asked).
 */
@ValueObject
public record StepDone(String step, Actor actor, StaffId recordedBy, Instant at, Option<String> note) {

    /**
     * Who recorded a step the program itself saw done (a re-check that found the content gone): no member of staff
     * has this identifier, the nil UUID.
     */
    public static final StaffId THE_PROGRAM = new StaffId(new java.util.UUID(0, 0));

    public StepDone {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(note, "note");
    }

    /** Whether the program recorded it (a re-check), not a member of staff. */
    public boolean byTheProgram() {
        return recordedBy.equals(THE_PROGRAM);
    }
}
