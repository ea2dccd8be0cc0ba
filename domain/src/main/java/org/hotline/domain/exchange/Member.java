package org.hotline.domain.exchange;

import java.time.Instant;
import java.util.Objects;

import io.vavr.collection.SortedSet;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A member hotline as the hub knows it: its name, the countries it serves (each country is served by one member at
 * most), and when it was withdrawn from the network, if it was. Its credential is kept beside it as a digest only.
 */
@ValueObject
public record Member(MemberId id, String name, SortedSet<String> countries, Instant since, Option<Instant> withdrawn) {

    public static final int MAX_NAME = 200;

    public Member {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(countries, "countries");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(withdrawn, "withdrawn");
        Referral.text(name, "name", MAX_NAME);
        if (name.isBlank() || countries.isEmpty()) {
            throw new IllegalArgumentException("a member has a name and serves at least one country");
        }
        countries.forEach(CountryCode::new);
    }

    public boolean active() {
        return withdrawn.isEmpty();
    }

    public boolean serves(CountryCode country) {
        return countries.contains(country.value());
    }
}
