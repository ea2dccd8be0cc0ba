package org.hotline.domain.statistics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.Clock;
import org.hotline.domain.FieldError;
import org.hotline.domain.Rejection;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.staff.Role;
import org.jmolecules.ddd.annotation.Service;

/** Shows supervisors the statistics of a period of days in the hotline's time zone, today by the clock. */
@Service
public final class StatisticsDesk implements ShowStatistics {

    public static final String FIRST_DAY = "from";
    public static final String LAST_DAY = "to";

    private final StatisticsQueries queries;
    private final Clock clock;
    private final ZoneId zone;

    public StatisticsDesk(StatisticsQueries queries, Clock clock, ZoneId zone) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public Either<Rejection<StatisticsRefusal>, Statistics> over(Acting supervisor, Option<String> firstDay,
            Option<String> lastDay) {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        return supervisor.as(StatisticsRefusal.ROLE_REQUIRED, Role.SUPERVISOR)
                .flatMap(acting -> period(firstDay, lastDay))
                .map(this::figures);
    }

    private Statistics figures(Period period) {
        var from = period.start(zone);
        var until = period.end(zone);
        return new Statistics(period, queries.intake(from, until), queries.referrals(from, until),
                queries.removals(from, until), everyDay(period, queries.days(period, zone)));
    }

    /** Each day of the period in order, with the counts of the days that have some. */
    static Seq<Day> everyDay(Period period, Seq<Day> counted) {
        var byDay = counted.toMap(Day::day, day -> day);
        return List.range(0L, period.days()).map(period.from()::plusDays)
                .map(day -> byDay.get(day).getOrElse(() -> new Day(day, 0, 0)));
    }

    /** The period the days name, or what is wrong with them. */
    private Either<Rejection<StatisticsRefusal>, Period> period(Option<String> firstDay, Option<String> lastDay) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        Option<String> first = firstDay.map(String::strip).filter(text -> !text.isEmpty());
        Option<String> last = lastDay.map(String::strip).filter(text -> !text.isEmpty());
        Either<FieldError, LocalDate> to = last.isEmpty() ? Either.right(today) : day(LAST_DAY, last.get())
                .flatMap(day -> day.isAfter(today) ? Either.left(new FieldError(LAST_DAY, "statistics.after_today",
                        "The last day is after today (" + today + ").")) : Either.right(day));
        Either<FieldError, LocalDate> from = first.isEmpty()
                ? Either.right(to.getOrElse(today).minusDays(Period.DEFAULT_DAYS - 1L)) : day(FIRST_DAY, first.get());
        Seq<FieldError> errors = List.of(from, to).filter(Either::isLeft).map(Either::getLeft);
        if (errors.isEmpty()) {
            errors = spanErrors(from.get(), to.get());
        }
        return errors.isEmpty() ? Either.right(new Period(from.get(), to.get()))
                : Either.left(Rejection.ofFields(StatisticsRefusal.PERIOD_INVALID, "The period is not one that can be shown: "
                        + errors.map(FieldError::detail).mkString(" "), errors));
    }

    private static Seq<FieldError> spanErrors(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return List.of(new FieldError(LAST_DAY, "statistics.period_reversed",
                    "The last day (" + to + ") is before the first (" + from + ")."));
        }
        if (from.plusDays(Period.LONGEST_DAYS - 1).isBefore(to)) {
            return List.of(new FieldError(FIRST_DAY, "statistics.period_too_long",
                    "A period spans at most " + Period.LONGEST_DAYS + " days."));
        }
        return List.empty();
    }

    private static Either<FieldError, LocalDate> day(String field, String text) {
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Either.left(notADay(field));
        }
        try {
            return Either.right(LocalDate.parse(text));
        } catch (DateTimeParseException noSuchDay) {
            return Either.left(notADay(field));
        }
    }

    private static FieldError notADay(String field) {
        return new FieldError(field, "statistics.day_invalid", "Write the day as YYYY-MM-DD (such as 2026-03-31).");
    }
}
