package org.hotline.domain.testing;

import java.time.LocalDate;
import java.util.concurrent.CopyOnWriteArrayList;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.welfare.LimitLift;
import org.hotline.domain.welfare.LimitLifts;

/** Lifts of the daily limit kept in memory, for tests. */
public final class InMemoryLimitLifts implements LimitLifts {

    private final java.util.List<LimitLift> lifts = new CopyOnWriteArrayList<>();

    @Override
    public synchronized boolean add(LimitLift lift) {
        if (of(lift.analyst(), lift.day()).isDefined()) {
            return false;
        }
        return lifts.add(lift);
    }

    @Override
    public Option<LimitLift> of(StaffId analyst, LocalDate day) {
        return List.ofAll(lifts).find(l -> l.analyst().equals(analyst) && l.day().equals(day));
    }

    @Override
    public Seq<LimitLift> between(LocalDate first, LocalDate last) {
        return List.ofAll(lifts).filter(l -> !l.day().isBefore(first) && !l.day().isAfter(last));
    }
}
