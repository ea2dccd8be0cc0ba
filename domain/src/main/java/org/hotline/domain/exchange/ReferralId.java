package org.hotline.domain.exchange;

import java.util.Objects;
import java.util.UUID;

import io.vavr.control.Option;
import org.hotline.domain.Identifiers;
import org.jmolecules.ddd.annotation.ValueObject;

/** A referral's identifier, drawn by the hotline that sends it; the same on every side of the network. */
@ValueObject
public record ReferralId(UUID value) {

    public ReferralId {
        Objects.requireNonNull(value, "value");
    }

    /** The identifier in its written form, or none when the text is not one. */
    public static Option<ReferralId> parse(String text) {
        return Identifiers.uuid(text).map(ReferralId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
