package org.hotline.domain.staff;

import java.util.Objects;
import java.util.UUID;

import org.hotline.domain.audit.Actor;
import org.jmolecules.ddd.types.Identifier;

/** Identifies one member of staff: analyst, supervisor, police liaison or administrator. */
public record StaffId(UUID value) implements Identifier, Actor {

    public StaffId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
