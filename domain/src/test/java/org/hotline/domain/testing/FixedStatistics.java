package org.hotline.domain.testing;

import java.time.Instant;
import java.time.ZoneId;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.statistics.CountryReferrals;
import org.hotline.domain.statistics.Day;
import org.hotline.domain.statistics.Intake;
import org.hotline.domain.statistics.Period;
import org.hotline.domain.statistics.Removals;
import org.hotline.domain.statistics.StatisticsQueries;

/**
 * Statistics a test sets, answered whatever the period, with the last period asked for kept: for tests of what shows
 * the figures rather than of how they are counted (that is the persistence adapter's test).
 */
public final class FixedStatistics implements StatisticsQueries {

    private volatile Intake intake = Intake.NONE;
    private volatile Seq<CountryReferrals> referrals = List.empty();
    private volatile Removals removals = Removals.NONE;
    private volatile Seq<Day> days = List.empty();
    private volatile Option<Instant[]> asked = Option.none();

    public FixedStatistics answering(Intake intake, Seq<CountryReferrals> referrals, Removals removals, Seq<Day> days) {
        this.intake = intake;
        this.referrals = referrals;
        this.removals = removals;
        this.days = days;
        return this;
    }

    /** The first moment and the moment after the last of the period asked for last, if any was. */
    public Option<Instant[]> asked() {
        return asked;
    }

    @Override
    public Intake intake(Instant from, Instant until) {
        asked = Option.some(new Instant[] {from, until});
        return intake;
    }

    @Override
    public Seq<CountryReferrals> referrals(Instant from, Instant until) {
        return referrals;
    }

    @Override
    public Removals removals(Instant from, Instant until) {
        return removals;
    }

    @Override
    public Seq<Day> days(Period period, ZoneId zone) {
        return days.filter(day -> !day.day().isBefore(period.from()) && !day.day().isAfter(period.to()));
    }
}
