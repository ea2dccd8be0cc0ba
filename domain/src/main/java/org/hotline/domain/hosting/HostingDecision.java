package org.hotline.domain.hosting;

import java.util.Objects;

import io.vavr.control.Option;
import org.hotline.domain.CountryCode;

/** The hosting country as the analyst settled it, and on what basis. */
public record HostingDecision(CountryCode country, Basis basis, Option<String> reason) {

    /** How the country relates to the trace. */
    public enum Basis {
        /** One of the countries the trace found. */
        CONFIRMED,
        /** The trace found no country; the analyst entered one, saying how they know. */
        ENTERED,
        /** The analyst named another country than those the trace found, saying why. */
        OVERRIDDEN
    }

    public HostingDecision {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(reason, "reason");
        if (basis != Basis.CONFIRMED && reason.isEmpty()) {
            throw new IllegalArgumentException("a country the trace did not find comes with a reason");
        }
    }
}
