package org.hotline.domain.partner;

import java.util.Objects;
import java.util.UUID;

import io.vavr.control.Option;
import org.hotline.domain.Identifiers;
import org.jmolecules.ddd.types.Identifier;

/** Identifies one partner organisation. */
public record PartnerId(UUID value) implements Identifier {

    public PartnerId {
        Objects.requireNonNull(value, "value");
    }

    /** The partner an identifier, as 'partner list' shows it, names; none when it is not an identifier at all. */
    public static Option<PartnerId> parse(String text) {
        return Identifiers.uuid(text).map(PartnerId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
