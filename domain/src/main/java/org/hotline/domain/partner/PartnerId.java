package org.hotline.domain.partner;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies one partner organisation. */
public record PartnerId(UUID value) implements Identifier {

    public PartnerId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
