package org.hotline.domain.welfare;

import java.time.LocalDate;

import io.vavr.control.Either;
import org.hotline.domain.Rejection;
import org.hotline.domain.staff.Acting;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Lets a supervisor lift an analyst's daily limit for one day (today or later), with a reason; recorded and audited. */
@PrimaryPort
public interface LiftLimit {

    Either<Rejection<WelfareRefusal>, LimitLifted> lift(Acting supervisor, String analystId, LocalDate day, String reason);

    /** A supervisor lifted an analyst's daily limit for a day. */
    record LimitLifted(LimitLift lift) implements org.jmolecules.event.types.DomainEvent {
    }
}
