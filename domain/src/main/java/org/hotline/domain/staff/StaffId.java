package org.hotline.domain.staff;

import java.util.Objects;
import java.util.UUID;

import io.vavr.control.Option;
import org.hotline.domain.Identifiers;
import org.hotline.domain.audit.Actor;
import org.jmolecules.ddd.types.Identifier;

/** Identifies one member of staff: analyst, supervisor, police liaison or administrator. */
public record StaffId(UUID value) implements Identifier, Actor {

    public StaffId {
        Objects.requireNonNull(value, "value");
    }

    /** The member an identifier, as a page or an address sent it, names; none when it is not an identifier at all. */
    public static Option<StaffId> parse(String text) {
        return Identifiers.uuid(text).map(StaffId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
