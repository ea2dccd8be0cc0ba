package org.hotline.adapters.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.law.Actor;
import org.hotline.domain.law.Procedure;
import org.hotline.domain.law.Step;
import org.hotline.domain.law.StepKind;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.takedown.LiftedHold;
import org.hotline.domain.takedown.PoliceHold;
import org.hotline.domain.takedown.StepDone;
import org.hotline.domain.takedown.Takedown;
import org.hotline.domain.takedown.TakedownId;
import org.hotline.domain.takedown.TakedownState;
import org.hotline.domain.takedown.Takedowns;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Takedowns in PostgreSQL: a row of {@code takedown} each (with the procedure's steps as it started, a JSON array),
 * its steps done in {@code takedown_step} and its police holds in {@code police_hold}. A change is stored over the
 * version it was made from (a conditional update of {@code takedown.version}); the steps and holds it added are
 * written in the same transaction.
 */
public final class PostgresTakedowns implements Takedowns {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A step of the procedure as {@code takedown.procedure_steps} keeps it. */
    record StepDoc(String id, String kind, String performer, String description, java.util.List<String> requires,
            Long targetSeconds) {
    }

    /** A row of {@code takedown}. */
    public record TakedownRow(UUID id, UUID caseId, String procedure, String procedureSteps, String state,
            Instant startedAt, Instant endedAt, String endedNote, long version) {
    }

    /** A row of {@code takedown_step}. */
    public record StepRow(UUID takedownId, String step, String actor, UUID recordedBy, Instant doneAt, String note) {
    }

    /** A row of {@code police_hold}. */
    public record HoldRow(UUID takedownId, String reference, UUID placedBy, Instant placedAt, LocalDate reviewOn,
            UUID liftedBy, Instant liftedAt, String liftReason) {
    }

    private static final String SELECT = """
            select id, case_id, procedure, procedure_steps::text as procedure_steps, state, started_at, ended_at,
                ended_note, version
            from takedown""";

    private final Storage storage;

    public PostgresTakedowns(Database database) {
        this.storage = Objects.requireNonNull(database, "database").storage();
    }

    @Override
    public Option<Takedown> ofCase(CaseId caseId) {
        return storage.read(handle -> load(handle, handle.createQuery(SELECT + " where case_id = :caseId")
                .bind("caseId", caseId.value()).map(ConstructorMapper.of(TakedownRow.class)).list())).headOption();
    }

    @Override
    public Seq<Takedown> running() {
        return storage.read(handle -> load(handle, handle.createQuery(SELECT
                        + " where state in ('RUNNING', 'POLICE_HOLD') order by started_at, id")
                .map(ConstructorMapper.of(TakedownRow.class)).list()));
    }

    @Override
    public void add(Takedown takedown) {
        if (takedown.version() != 0) {
            throw new IllegalArgumentException("a new takedown is version 0: " + takedown);
        }
        storage.write(handle -> {
            handle.createUpdate("""
                    insert into takedown (id, case_id, procedure, procedure_steps, state, started_at, ended_at, ended_note,
                        version)
                    values (:id, :caseId, :procedure, cast(:steps as jsonb), :state, :startedAt, :endedAt, :endedNote, 0)""")
                    .bind("id", takedown.id().value())
                    .bind("caseId", takedown.caseId().value())
                    .bind("procedure", takedown.procedure().name())
                    .bind("steps", write(takedown.procedure()))
                    .bind("state", takedown.state().name())
                    .bind("startedAt", takedown.startedAt())
                    .bind("endedAt", ended(takedown.state()).map(Ended::at).getOrNull())
                    .bind("endedNote", ended(takedown.state()).map(Ended::note).getOrNull())
                    .execute();
            writeParts(handle, takedown);
            return null;
        });
    }

    @Override
    public boolean change(Takedown after) {
        return storage.write(handle -> {
            int changed = handle.createUpdate("""
                    update takedown set state = :state, ended_at = :endedAt, ended_note = :endedNote, version = :version
                    where id = :id and version = :version - 1""")
                    .bind("id", after.id().value())
                    .bind("state", after.state().name())
                    .bind("endedAt", ended(after.state()).map(Ended::at).getOrNull())
                    .bind("endedNote", ended(after.state()).map(Ended::note).getOrNull())
                    .bind("version", after.version())
                    .execute();
            if (changed == 0) {
                return false;
            }
            writeParts(handle, after);
            return true;
        });
    }

    /** When and why a takedown ended. */
    private record Ended(Instant at, String note) {
    }

    private static Option<Ended> ended(TakedownState state) {
        if (state instanceof TakedownState.Removed removed) {
            return Option.some(new Ended(removed.at(), removed.evidence()));
        }
        if (state instanceof TakedownState.Withdrawn withdrawn) {
            return Option.some(new Ended(withdrawn.at(), withdrawn.reason()));
        }
        return Option.none();
    }

    /** The steps and holds the takedown has and the database has not yet: steps and holds are only ever added. */
    private static void writeParts(Handle handle, Takedown takedown) {
        UUID id = takedown.id().value();
        for (StepDone step : takedown.done()) {
            handle.createUpdate("""
                    insert into takedown_step (takedown_id, step, actor, recorded_by, done_at, note)
                    values (:id, :step, :actor, :recordedBy, :doneAt, :note) on conflict do nothing""")
                    .bind("id", id).bind("step", step.step()).bind("actor", step.actor().name())
                    .bind("recordedBy", step.recordedBy().value()).bind("doneAt", step.at())
                    .bind("note", step.note().getOrNull()).execute();
        }
        for (LiftedHold lifted : takedown.liftedHolds()) {
            placed(handle, id, lifted.hold());
            handle.createUpdate("""
                    update police_hold set lifted_by = :by, lifted_at = :at, lift_reason = :reason
                    where takedown_id = :id and placed_at = :placedAt and lifted_at is null""")
                    .bind("id", id).bind("placedAt", lifted.hold().placedAt()).bind("by", lifted.liftedBy().value())
                    .bind("at", lifted.liftedAt()).bind("reason", lifted.reason()).execute();
        }
        takedown.hold().forEach(hold -> placed(handle, id, hold));
    }

    private static void placed(Handle handle, UUID takedownId, PoliceHold hold) {
        handle.createUpdate("""
                insert into police_hold (takedown_id, reference, placed_by, placed_at, review_on)
                select :id, :reference, :placedBy, :placedAt, :reviewOn
                where not exists (select 1 from police_hold where takedown_id = :id and placed_at = :placedAt)""")
                .bind("id", takedownId).bind("reference", hold.reference()).bind("placedBy", hold.placedBy().value())
                .bind("placedAt", hold.placedAt()).bind("reviewOn", hold.reviewBy()).execute();
    }

    private static Seq<Takedown> load(Handle handle, java.util.List<TakedownRow> found) {
        List<TakedownRow> rows = List.ofAll(found);
        if (rows.isEmpty()) {
            return List.empty();
        }
        UUID[] ids = rows.map(TakedownRow::id).toJavaArray(UUID[]::new);
        Map<UUID, List<StepRow>> steps = List.ofAll(handle.createQuery("""
                select takedown_id, step, actor, recorded_by, done_at, note from takedown_step
                where takedown_id = any(:ids) order by recorded""").bind("ids", ids)
                .map(ConstructorMapper.of(StepRow.class)).list()).groupBy(StepRow::takedownId);
        Map<UUID, List<HoldRow>> holds = List.ofAll(handle.createQuery("""
                select takedown_id, reference, placed_by, placed_at, review_on, lifted_by, lifted_at, lift_reason
                from police_hold where takedown_id = any(:ids) order by placed_at""").bind("ids", ids)
                .map(ConstructorMapper.of(HoldRow.class)).list()).groupBy(HoldRow::takedownId);
        return rows.map(row -> toTakedown(row, steps.get(row.id()).getOrElse(List.empty()),
                holds.get(row.id()).getOrElse(List.empty())));
    }

    private static Takedown toTakedown(TakedownRow row, List<StepRow> steps, List<HoldRow> holds) {
        List<LiftedHold> lifted = holds.filter(hold -> hold.liftedAt() != null).map(hold -> new LiftedHold(hold(hold),
                new StaffId(hold.liftedBy()), hold.liftedAt(), hold.liftReason()));
        Option<PoliceHold> standing = holds.find(hold -> hold.liftedAt() == null).map(PostgresTakedowns::hold);
        return Takedown.restore(new TakedownId(row.id()), new CaseId(row.caseId()), read(row.procedure(),
                        row.procedureSteps()), row.startedAt(),
                steps.map(step -> new StepDone(step.step(), Actor.valueOf(step.actor()), new StaffId(step.recordedBy()),
                        step.doneAt(), Option.of(step.note()))),
                state(row, standing), lifted, row.version());
    }

    private static TakedownState state(TakedownRow row, Option<PoliceHold> standing) {
        return switch (row.state()) {
            case "RUNNING" -> new TakedownState.Running();
            case "POLICE_HOLD" -> new TakedownState.Held(standing.getOrElseThrow(() -> new IllegalStateException(
                    "takedown " + row.id() + " is on police hold without a standing hold")));
            case "REMOVED" -> new TakedownState.Removed(row.endedAt(), row.endedNote());
            case "WITHDRAWN" -> new TakedownState.Withdrawn(row.endedAt(), row.endedNote());
            default -> throw new IllegalStateException("unknown takedown state in the database: " + row.state());
        };
    }

    private static PoliceHold hold(HoldRow row) {
        return new PoliceHold(new StaffId(row.placedBy()), row.placedAt(), row.reviewOn(), row.reference());
    }

    static String write(Procedure procedure) {
        try {
            return JSON.writeValueAsString(procedure.steps().map(step -> new StepDoc(step.id(), step.kind().name(),
                    step.performer().name(), step.description(), step.requires().toJavaList(),
                    step.targetDeadline().map(Duration::toSeconds).getOrNull())).toJavaList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a procedure could not be written as JSON", e);
        }
    }

    static Procedure read(String name, String steps) {
        try {
            java.util.List<StepDoc> docs = JSON.readValue(steps, new TypeReference<java.util.List<StepDoc>>() { });
            return new Procedure(name, List.ofAll(docs).map(doc -> new Step(doc.id(), StepKind.valueOf(doc.kind()),
                    Actor.valueOf(doc.performer()), doc.description(), List.ofAll(doc.requires()),
                    Option.of(doc.targetSeconds()).map(Duration::ofSeconds))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the procedure " + name + " of a takedown could not be read", e);
        }
    }
}
