package org.hotline.domain.hostcontacts;

import java.util.Objects;
import java.util.UUID;

import io.vavr.control.Option;
import org.hotline.domain.Identifiers;
import org.jmolecules.ddd.types.Identifier;

/** Identifies one entry of the contact registry. */
public record ContactId(UUID value) implements Identifier {

    public ContactId {
        Objects.requireNonNull(value, "value");
    }

    public static Option<ContactId> parse(String text) {
        return Identifiers.uuid(text).map(ContactId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
