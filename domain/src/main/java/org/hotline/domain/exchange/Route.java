package org.hotline.domain.exchange;

import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/** Where the hub sent a referral: from which member, to which (the latest, once moved), and the referral as sent. */
@ValueObject
public record Route(Referral referral, MemberId sender, MemberId receiver) {

    public Route {
        Objects.requireNonNull(referral, "referral");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receiver, "receiver");
    }
}
