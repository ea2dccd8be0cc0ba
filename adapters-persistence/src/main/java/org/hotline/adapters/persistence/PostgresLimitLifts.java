package org.hotline.adapters.persistence;

import java.time.LocalDate;
import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.adapters.persistence.WelfareRows.LiftRow;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.welfare.LimitLift;
import org.hotline.domain.welfare.LimitLifts;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Supervisors' lifts of the daily limit in PostgreSQL; the key (analyst, day) keeps one per analyst and day. */
public final class PostgresLimitLifts implements LimitLifts {

    private static final RowMapper<LiftRow> LIFTS = ConstructorMapper.of(LiftRow.class);
    private static final String COLUMNS = "select analyst, day, lifted_by, lifted_at, reason from welfare_limit_lift";

    private final Storage storage;

    public PostgresLimitLifts(Database database) {
        this.storage = Objects.requireNonNull(database, "database").storage();
    }

    @Override
    public boolean add(LimitLift lift) {
        return storage.write(handle -> handle.createUpdate("""
                insert into welfare_limit_lift (analyst, day, lifted_by, lifted_at, reason)
                values (:analyst, :day, :liftedBy, :liftedAt, :reason)
                on conflict (analyst, day) do nothing""")
                .bindMethods(WelfareRows.toRow(lift))
                .execute() == 1);
    }

    @Override
    public Option<LimitLift> of(StaffId analyst, LocalDate day) {
        return Option.ofOptional(storage.read(handle -> handle.createQuery(COLUMNS + " where analyst = :analyst and day = :day")
                .bind("analyst", analyst.value())
                .bind("day", day)
                .map(LIFTS)
                .findOne()))
                .map(WelfareRows::toLift);
    }

    @Override
    public Seq<LimitLift> between(LocalDate first, LocalDate last) {
        return storage.read(handle -> List.ofAll(handle.createQuery(COLUMNS + " where day between :first and :last order by day, analyst")
                .bind("first", first)
                .bind("last", last)
                .map(LIFTS)
                .list()))
                .map(WelfareRows::toLift);
    }
}
