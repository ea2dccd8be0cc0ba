package org.hotline.domain.partner;

import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.Clock;
import org.hotline.domain.FieldError;
import org.hotline.domain.Identities;
import org.jmolecules.ddd.annotation.Service;

/** Registers partners, issuing each a key once, and recognises the key a partner presents. */
@Service
public final class PartnerRegistry implements RecognisePartner {

    private final Partners partners;
    private final Clock clock;
    private final Identities identities;

    /** A new partner and its key, which is shown this once and never again. */
    public record Registration(Partner partner, ApiKey key) {
    }

    public PartnerRegistry(Partners partners, Clock clock, Identities identities) {
        this.partners = Objects.requireNonNull(partners, "partners");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.identities = Objects.requireNonNull(identities, "identities");
    }

    public Either<Seq<FieldError>, Registration> register(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            return Either.left(List.of(new FieldError("name", "required", "Give the partner's name.")));
        }
        if (trimmed.length() > Partner.MAX_NAME_LENGTH) {
            return Either.left(List.of(new FieldError("name", "too_long",
                    "The name is longer than " + Partner.MAX_NAME_LENGTH + " characters.")));
        }
        ApiKey key = ApiKey.from(identities.next(), identities.next());
        Partner partner = Partner.register(new PartnerId(identities.next()), trimmed, key, clock.instant());
        partners.add(partner);
        return Either.right(new Registration(partner, key));
    }

    /** Withdraws a partner's key: from now on it is refused. False when there is no such partner. */
    public boolean withdraw(PartnerId id) {
        return partners.withdraw(id);
    }

    /** The active partner holding the presented key; none for an unknown, malformed or withdrawn key. */
    @Override
    public Option<Partner> recognise(String presentedKey) {
        if (presentedKey == null || !presentedKey.startsWith(ApiKey.PREFIX)) {
            return Option.none();
        }
        return partners.byKeyDigest(ApiKey.digestOf(presentedKey)).filter(Partner::active);
    }
}
