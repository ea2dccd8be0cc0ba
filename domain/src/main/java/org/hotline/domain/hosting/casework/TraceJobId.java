package org.hotline.domain.hosting.casework;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies one trace job. */
public record TraceJobId(UUID value) implements Identifier {

    public TraceJobId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
