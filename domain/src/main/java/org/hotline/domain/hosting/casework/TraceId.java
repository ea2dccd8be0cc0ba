package org.hotline.domain.hosting.casework;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies one recorded hosting trace. */
public record TraceId(UUID value) implements Identifier {

    public TraceId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
