package org.hotline.domain.partner;

import java.time.Instant;
import java.util.Objects;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/** An organisation allowed to file reports through the API with its own key, without the public rate limit. */
@AggregateRoot
public final class Partner {

    public static final int MAX_NAME_LENGTH = 200;

    @Identity
    private final PartnerId id;
    private final String name;
    private final String keyDigest;
    private final Instant registeredAt;
    private final boolean active;

    private Partner(PartnerId id, String name, String keyDigest, Instant registeredAt, boolean active) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.keyDigest = Objects.requireNonNull(keyDigest, "keyDigest");
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
        this.active = active;
    }

    public static Partner register(PartnerId id, String name, ApiKey key, Instant at) {
        return new Partner(id, name, key.digest(), at, true);
    }

    public static Partner restore(PartnerId id, String name, String keyDigest, Instant registeredAt, boolean active) {
        return new Partner(id, name, keyDigest, registeredAt, active);
    }

    public PartnerId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String keyDigest() {
        return keyDigest;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public boolean active() {
        return active;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Partner that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
