package org.hotline.domain.statistics;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.Rejection;
import org.hotline.domain.staff.Acting;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The statistics supervisors read and publish, over a period they choose. */
@PrimaryPort
public interface ShowStatistics {

    /**
     * The figures of the period from the first day to the last (each written YYYY-MM-DD, in the hotline's time zone).
     * Without a last day the period ends today; without a first day it is {@link Period#DEFAULT_DAYS} days long.
     * Refused, naming each day at fault, for a day that is not a date, a last day after today or before the first,
     * and a period longer than {@link Period#LONGEST_DAYS} days.
     */
    Either<Rejection<StatisticsRefusal>, Statistics> over(Acting supervisor, Option<String> firstDay,
            Option<String> lastDay);
}
