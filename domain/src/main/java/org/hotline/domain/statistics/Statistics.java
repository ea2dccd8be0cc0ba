package org.hotline.domain.statistics;

import java.util.Objects;

import io.vavr.collection.Seq;

/**
 * The figures of one period: what came in, the referrals by country (the most first), the removals and their times,
 * and every day of the period in order.
 */
public record Statistics(Period period, Intake intake, Seq<CountryReferrals> referrals, Removals removals,
        Seq<Day> days) {

    public Statistics {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(intake, "intake");
        Objects.requireNonNull(referrals, "referrals");
        Objects.requireNonNull(removals, "removals");
        Objects.requireNonNull(days, "days");
        if (days.size() != period.days()) {
            throw new IllegalArgumentException("one day each of the " + period.days() + " days, not " + days.size());
        }
    }
}
