package org.hotline.domain.capture.job;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies one capture job. */
public record CaptureJobId(UUID value) implements Identifier {

    public CaptureJobId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
