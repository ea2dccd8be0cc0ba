package org.hotline.domain.welfare;

import java.time.LocalDate;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.staff.StaffId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Where supervisors' lifts of the daily limit are kept: at most one per analyst and day. */
@SecondaryPort
@Repository
public interface LimitLifts {

    /** Keeps the lift; false, keeping nothing, when the limit was lifted for that analyst and day before. */
    boolean add(LimitLift lift);

    Option<LimitLift> of(StaffId analyst, LocalDate day);

    /** The lifts for the days from {@code first} to {@code last}, both included. */
    Seq<LimitLift> between(LocalDate first, LocalDate last);
}
