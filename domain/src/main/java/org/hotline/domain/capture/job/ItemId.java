package org.hotline.domain.capture.job;

import java.util.Objects;
import java.util.UUID;

import io.vavr.control.Option;
import org.hotline.domain.Identifiers;
import org.jmolecules.ddd.types.Identifier;

/** Identifies one recorded item of a capture: what a page names when it asks for the item's preview. */
public record ItemId(UUID value) implements Identifier {

    public ItemId {
        Objects.requireNonNull(value, "value");
    }

    /** The item an identifier, as a page sent it, names; none when it is not an identifier at all. */
    public static Option<ItemId> parse(String text) {
        return Identifiers.uuid(text).map(ItemId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
