package org.hotline.domain.assessment;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies one assessment: an analyst's first decision on a case, or a supervisor's on appeal. */
public record AssessmentId(UUID value) implements Identifier {

    public AssessmentId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
