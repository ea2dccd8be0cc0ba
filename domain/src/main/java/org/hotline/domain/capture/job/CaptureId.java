package org.hotline.domain.capture.job;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies one recorded capture. */
public record CaptureId(UUID value) implements Identifier {

    public CaptureId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
