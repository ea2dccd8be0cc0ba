package org.hotline.domain.takedown;

import java.util.Objects;
import java.util.UUID;

import io.vavr.control.Option;
import org.hotline.domain.Identifiers;
import org.jmolecules.ddd.types.Identifier;

/** Identifies one takedown: the procedure run to get one case's content removed. */
public record TakedownId(UUID value) implements Identifier {

    public TakedownId {
        Objects.requireNonNull(value, "value");
    }

    public static Option<TakedownId> parse(String text) {
        return Identifiers.uuid(text).map(TakedownId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
