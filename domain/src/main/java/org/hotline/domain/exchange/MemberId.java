package org.hotline.domain.exchange;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.annotation.ValueObject;

/** A member hotline of the network, as the hub knows it. */
@ValueObject
public record MemberId(UUID value) {

    public MemberId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
