package org.hotline.domain.hosting.casework;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies one settling of a hosting country. */
public record SettlementId(UUID value) implements Identifier {

    public SettlementId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
