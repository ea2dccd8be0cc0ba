package org.hotline.domain.statistics;

import java.util.Objects;

import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * The removals seen in a period and how long they took: all of them (none when there were none), per hosting country
 * (the country settled for the case) and per hosting provider (the organisation of the address the page's host led
 * to in the case's latest hosting trace), the most removals first.
 */
public record Removals(Option<RemovalTimes> overall, Seq<Group> byCountry, Seq<Group> byProvider) {

    public Removals {
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(byCountry, "byCountry");
        Objects.requireNonNull(byProvider, "byProvider");
        if (overall.isEmpty() && (byCountry.nonEmpty() || byProvider.nonEmpty())) {
            throw new IllegalArgumentException("groups of removals without removals");
        }
    }

    public static final Removals NONE = new Removals(Option.none(), io.vavr.collection.List.empty(),
            io.vavr.collection.List.empty());

    /** The removals of one country or provider; {@code name} is empty where the trace or settlement did not say. */
    public record Group(Option<String> name, RemovalTimes times) {

        public Group {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(times, "times");
        }
    }
}
