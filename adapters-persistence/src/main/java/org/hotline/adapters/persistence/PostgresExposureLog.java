package org.hotline.adapters.persistence;

import java.time.Instant;
import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.adapters.persistence.WelfareRows.ExposureRow;
import org.hotline.adapters.persistence.WelfareRows.SpellRow;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.welfare.Exposure;
import org.hotline.domain.welfare.ExposureLog;
import org.hotline.domain.welfare.Spell;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** The analysts' exposure log in PostgreSQL. */
public final class PostgresExposureLog implements ExposureLog {

    private static final RowMapper<SpellRow> SPELLS = ConstructorMapper.of(SpellRow.class);
    private static final RowMapper<ExposureRow> EXPOSURES = ConstructorMapper.of(ExposureRow.class);
    private static final String OF_ANALYST = "(cast(:analyst as uuid) is null or analyst = cast(:analyst as uuid))";

    private final Storage storage;

    public PostgresExposureLog(Database database) {
        this.storage = Objects.requireNonNull(database, "database").storage();
    }

    @Override
    public void began(Spell spell) {
        storage.write(handle -> handle.createUpdate("""
                insert into welfare_spell (analyst, case_id, started_at, cap_at, ended_at, ending)
                values (:analyst, :caseId, :startedAt, :capAt, :endedAt, :ending)""")
                .bindMethods(WelfareRows.toRow(spell))
                .execute());
    }

    @Override
    public void ended(StaffId analyst, CaseId caseId, Instant start, Instant at, Spell.Ending how) {
        storage.write(handle -> handle.createUpdate("""
                update welfare_spell set ended_at = :at, ending = :how
                where analyst = :analyst and case_id = :caseId and started_at = :start and ended_at is null""")
                .bind("analyst", analyst.value())
                .bind("caseId", caseId.value())
                .bind("start", start)
                .bind("at", at)
                .bind("how", how.name())
                .execute());
    }

    @Override
    public void record(Exposure exposure) {
        storage.write(handle -> handle.createUpdate(
                        "insert into welfare_exposure (analyst, kind, case_id, at) values (:analyst, :kind, :caseId, :at)")
                .bindMethods(WelfareRows.toRow(exposure))
                .execute());
    }

    @Override
    public Seq<Spell> spells(Option<StaffId> analyst, Instant from, Instant to) {
        return inPeriod("""
                select analyst, case_id, started_at, cap_at, ended_at, ending from welfare_spell
                where cap_at > :from and started_at < :to and least(coalesce(ended_at, cap_at), cap_at) > :from
                  and %s order by started_at, analyst, case_id""", SPELLS, analyst, from, to)
                .map(WelfareRows::toSpell);
    }

    @Override
    public Seq<Exposure> exposures(Option<StaffId> analyst, Instant from, Instant to) {
        return inPeriod("""
                select analyst, kind, case_id, at from welfare_exposure
                where at >= :from and at < :to and %s order by at, id""", EXPOSURES, analyst, from, to)
                .map(WelfareRows::toExposure);
    }

    /** The rows of a query about a period, of one analyst or of all: {@code %s} in it stands for the analyst's condition. */
    private <R> List<R> inPeriod(String query, RowMapper<R> mapper, Option<StaffId> analyst, Instant from, Instant to) {
        return storage.read(handle -> List.ofAll(handle.createQuery(query.formatted(OF_ANALYST))
                .bind("from", from)
                .bind("to", to)
                .bind("analyst", analyst.map(StaffId::value).getOrNull())
                .map(mapper)
                .list()));
    }
}
