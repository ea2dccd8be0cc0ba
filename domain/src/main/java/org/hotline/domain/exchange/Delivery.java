package org.hotline.domain.exchange;

import java.time.Instant;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/** A message the hub holds for a member until the member acknowledges it, with the member that sent it. */
@ValueObject
public record Delivery(MemberId sender, MemberId recipient, ExchangeMessage message, Instant at) {

    public Delivery {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(at, "at");
    }
}
