package org.hotline.domain.welfare;

import java.time.LocalDate;

import io.vavr.control.Either;
import org.hotline.domain.Rejection;
import org.hotline.domain.staff.Acting;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The supervisor's dashboard of team workload and exposure, per analyst, per day and per week. */
@PrimaryPort
public interface ShowWorkload {

    /** The week (Monday to Sunday, in the hotline's time zone) that holds the given day. */
    Either<Rejection<WelfareRefusal>, Workload> week(Acting supervisor, LocalDate anyDayOfTheWeek);

    /** How many analysts have reached the daily limit today, lifted or not: for a metric. */
    long limitsReachedToday();
}
