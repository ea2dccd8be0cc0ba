package org.hotline.domain.takedown;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.Rejection;
import org.hotline.domain.law.Procedure;
import org.hotline.domain.law.Step;
import org.hotline.domain.law.StepKind;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.staff.StaffId;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * The procedure the home cooperation agreement gives for one case's content, run to removal. Each step is done by its
 * actor and recorded by a member of staff, never before the steps the agreement puts first; a police hold keeps
 * everything that reaches the host (the notice, a removal order, a removal check) back until the police lift it, and
 * a notice can never go out before the clearances the procedure holds. Immutable: every action answers the takedown
 * after it, or why it was refused with nothing changed.
 */
@AggregateRoot
public final class Takedown {

    /** The kinds of step that reach the host, which a police hold keeps back. */
    /** The time a host has after a notice before the next contact is asked, where the agreement sets none. */
    public static final Duration DEFAULT_REMOVAL_TARGET = Duration.ofHours(72);

    private static final List<StepKind> REACHING_THE_HOST = List.of(StepKind.SEND_NOTICE_TO_HOST,
            StepKind.WRITTEN_REMOVAL_ORDER, StepKind.CONFIRM_REMOVAL);

    @Identity
    private final TakedownId id;
    private final CaseId caseId;
    private final Procedure procedure;
    private final Instant startedAt;
    private final Map<String, StepDone> done;
    private final TakedownState state;
    private final List<LiftedHold> lifted;
    private final long version;

    private Takedown(TakedownId id, CaseId caseId, Procedure procedure, Instant startedAt, Map<String, StepDone> done,
            TakedownState state, List<LiftedHold> lifted, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.caseId = Objects.requireNonNull(caseId, "caseId");
        this.procedure = Objects.requireNonNull(procedure, "procedure");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.done = Objects.requireNonNull(done, "done");
        this.state = Objects.requireNonNull(state, "state");
        this.lifted = Objects.requireNonNull(lifted, "lifted");
        this.version = version;
    }

    /** A takedown starting now on the agreement's procedure, nothing done yet. */
    public static Takedown start(TakedownId id, CaseId caseId, Procedure procedure, Instant at) {
        return new Takedown(id, caseId, procedure, at, LinkedHashMap.empty(), new TakedownState.Running(), List.empty(), 0);
    }

    /**
     * A takedown as it was stored, with the holds lifted before (in the order they were placed) and the number of
     * changes stored since it started (its version: a change is stored only over the version it was made from).
     */
    public static Takedown restore(TakedownId id, CaseId caseId, Procedure procedure, Instant startedAt,
            Iterable<StepDone> done, TakedownState state, Iterable<LiftedHold> lifted, long version) {
        Map<String, StepDone> steps = LinkedHashMap.empty();
        for (StepDone step : done) {
            steps = steps.put(step.step(), step);
        }
        return new Takedown(id, caseId, procedure, startedAt, steps, state, List.ofAll(lifted), version);
    }

    /**
     * Records that a step was done by the actor the agreement names for it. Refused for a step the procedure lacks,
     * one done already, one whose earlier steps are not all done, one that reaches the host while a police hold
     * stands, the police-hold step itself while a hold stands (lifting the hold does it), and on an ended takedown.
     */
    public Either<Rejection<TakedownRefusal>, TakedownChange> record(String stepId, StaffId by, Instant at,
            Option<String> note) {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(note, "note");
        Option<Rejection<TakedownRefusal>> ended = refusedWhenEnded();
        if (ended.isDefined()) {
            return Either.left(ended.get());
        }
        Option<Step> found = procedure.step(stepId);
        if (found.isEmpty()) {
            return Either.left(Rejection.of(TakedownRefusal.UNKNOWN_STEP, "The procedure " + procedure.name()
                    + " has no step " + stepId + "."));
        }
        Step step = found.get();
        return whyNot(step).<Either<Rejection<TakedownRefusal>, TakedownChange>>map(Either::left).getOrElse(() -> {
            var record = new StepDone(step.id(), step.performer(), by, at, note);
            return Either.right(new TakedownChange(with(done.put(step.id(), record), state), "takedown.step_recorded",
                    step.id() + " by " + step.performer() + note.map(n -> ": " + n).getOrElse("")));
        });
    }

    private Option<Rejection<TakedownRefusal>> whyNot(Step step) {
        if (done.containsKey(step.id())) {
            return Option.some(Rejection.of(TakedownRefusal.STEP_ALREADY_DONE, "The step " + step.id() + " was recorded at "
                    + done.get(step.id()).get().at() + "."));
        }
        List<String> missing = step.requires().filter(required -> !done.containsKey(required));
        if (missing.nonEmpty()) {
            return Option.some(Rejection.of(TakedownRefusal.STEP_WAITING, "The step " + step.id() + " waits for "
                    + missing.mkString(", ") + "."));
        }
        if (state instanceof TakedownState.Held held
                && (REACHING_THE_HOST.contains(step.kind()) || step.kind() == StepKind.POLICE_HOLD)) {
            return Option.some(Rejection.of(TakedownRefusal.ON_POLICE_HOLD, "The police placed a hold ("
                    + held.hold().reference() + ", to be reviewed by " + held.hold().reviewBy()
                    + "): nothing reaches the host until they lift it."));
        }
        return Option.none();
    }

    /**
     * Places a police hold, reviewed by the given day: nothing reaches the host until it is lifted. Refused once the
     * host has been asked, while a hold stands, for a review date not after the day it is placed, and on an ended
     * takedown.
     */
    public Either<Rejection<TakedownRefusal>, TakedownChange> placeHold(StaffId by, Instant at, LocalDate today,
            LocalDate reviewBy, String reference) {
        Objects.requireNonNull(reference, "reference");
        Option<Rejection<TakedownRefusal>> ended = refusedWhenEnded();
        if (ended.isDefined()) {
            return Either.left(ended.get());
        }
        if (state instanceof TakedownState.Held) {
            return Either.left(Rejection.of(TakedownRefusal.HOLD_ALREADY_PLACED, "A police hold stands already."));
        }
        if (noticeSent()) {
            return Either.left(Rejection.of(TakedownRefusal.NOTICE_ALREADY_SENT, "The host was asked to remove the content"
                    + " already; a hold can no longer keep the notice back."));
        }
        if (!reviewBy.isAfter(today)) {
            return Either.left(Rejection.of(TakedownRefusal.REVIEW_DATE_INVALID, "A hold is reviewed on a day after the"
                    + " day it is placed, not " + reviewBy + "."));
        }
        var hold = new PoliceHold(by, at, reviewBy, reference);
        return Either.right(new TakedownChange(with(done, new TakedownState.Held(hold)), "takedown.hold_placed",
                reference + ", review by " + reviewBy));
    }

    /**
     * Lifts the police hold: the takedown runs on. Where the procedure has a police-hold step, lifting the hold is
     * that step done (by the police, recorded by whoever lifts it). Refused when no hold stands.
     */
    public Either<Rejection<TakedownRefusal>, TakedownChange> liftHold(StaffId by, Instant at, String reason) {
        Objects.requireNonNull(reason, "reason");
        if (!(state instanceof TakedownState.Held)) {
            return Either.left(Rejection.of(TakedownRefusal.NO_HOLD, "No police hold stands on this takedown."));
        }
        PoliceHold hold = ((TakedownState.Held) state).hold();
        Map<String, StepDone> after = procedure.steps().find(step -> step.kind() == StepKind.POLICE_HOLD)
                .filter(step -> !done.containsKey(step.id())
                        && step.requires().forAll(done::containsKey))
                .map(step -> done.put(step.id(), new StepDone(step.id(), step.performer(), by, at,
                        Option.some("hold lifted: " + reason))))
                .getOrElse(done);
        var change = new Takedown(id, caseId, procedure, startedAt, after, new TakedownState.Running(),
                lifted.append(new LiftedHold(hold, by, at, reason)), version + 1);
        return Either.right(new TakedownChange(change, "takedown.hold_lifted", hold.reference() + ": " + reason));
    }

    /**
     * Records that the content was seen gone (by a re-check, or the host's word checked): the takedown ends. Refused
     * before the host was asked to remove (where the procedure asks it), while a police hold stands, and on an ended
     * takedown. Where the procedure has a removal check, this is that step done.
     */
    public Either<Rejection<TakedownRefusal>, TakedownChange> removalSeen(StaffId by, Instant at, String evidence) {
        Objects.requireNonNull(evidence, "evidence");
        Option<Rejection<TakedownRefusal>> ended = refusedWhenEnded();
        if (ended.isDefined()) {
            return Either.left(ended.get());
        }
        if (state instanceof TakedownState.Held held) {
            return Either.left(Rejection.of(TakedownRefusal.ON_POLICE_HOLD, "The police placed a hold ("
                    + held.hold().reference() + "): lift it first."));
        }
        if (procedure.notice().isDefined() && !noticeSent()) {
            return Either.left(Rejection.of(TakedownRefusal.NOT_NOTIFIED_YET, "The host has not been asked to remove the"
                    + " content yet (" + procedure.notice().get().id() + ")."));
        }
        Map<String, StepDone> after = procedure.steps().find(step -> step.kind() == StepKind.CONFIRM_REMOVAL)
                .filter(step -> !done.containsKey(step.id()))
                .map(step -> done.put(step.id(), new StepDone(step.id(), step.performer(), by, at, Option.some(evidence))))
                .getOrElse(done);
        return Either.right(new TakedownChange(with(after, new TakedownState.Removed(at, evidence)), "takedown.removed",
                evidence));
    }

    /** Withdraws the takedown, as when an appeal finds the material not illegal; refused once it has ended. */
    public Either<Rejection<TakedownRefusal>, TakedownChange> withdraw(Instant at, String reason) {
        Objects.requireNonNull(reason, "reason");
        Option<Rejection<TakedownRefusal>> ended = refusedWhenEnded();
        if (ended.isDefined()) {
            return Either.left(ended.get());
        }
        return Either.right(new TakedownChange(with(done, new TakedownState.Withdrawn(at, reason)), "takedown.withdrawn",
                reason));
    }

    /**
     * Runs a withdrawn takedown again, as when a later decision finds the material illegal after all and its hosting
     * is settled at home again: the steps done before stay done. Refused unless the takedown was withdrawn.
     */
    public Either<Rejection<TakedownRefusal>, TakedownChange> resume(Instant at) {
        Objects.requireNonNull(at, "at");
        if (!(state instanceof TakedownState.Withdrawn withdrawn)) {
            return Either.left(Rejection.of(TakedownRefusal.NOT_WITHDRAWN, "Only a withdrawn takedown can run again; this"
                    + " one is " + state.name() + "."));
        }
        return Either.right(new TakedownChange(with(done, new TakedownState.Running()), "takedown.resumed",
                "withdrawn at " + withdrawn.at() + " (" + withdrawn.reason() + "), running again from " + at));
    }

    /** The steps that may be recorded now: not done, their earlier steps done, and not kept back by a hold. */
    public List<Step> next() {
        if (isEnded()) {
            return List.empty();
        }
        return procedure.steps().filter(step -> whyNot(step).isEmpty());
    }

    /** Whether the host has been asked to remove the content (the procedure's notice step is done). */
    public boolean noticeSent() {
        return procedure.notice().exists(notice -> done.containsKey(notice.id()));
    }

    /** When the host was asked to remove the content, if it was. */
    public Option<Instant> noticeSentAt() {
        return procedure.notice().flatMap(notice -> done.get(notice.id())).map(StepDone::at);
    }

    /**
     * Whether the content is still up longer than the given time after the notice (a takedown still running): the
     * signal to notify again (after 24 hours) or to escalate (past the agreement's target).
     */
    public boolean stillUpAfter(Duration since, Instant now) {
        return state instanceof TakedownState.Running
                && noticeSentAt().exists(sent -> !now.isBefore(sent.plus(since)));
    }

    /**
     * The time a host has after a notice to remove the content before the next contact on the escalation path is
     * asked: the target of the procedure's removal step where the agreement sets one, else
     * {@link #DEFAULT_REMOVAL_TARGET}.
     */
    public Duration removalTarget() {
        return procedure.steps().find(step -> step.kind() == StepKind.CONFIRM_REMOVAL)
                .flatMap(Step::targetDeadline).getOrElse(DEFAULT_REMOVAL_TARGET);
    }

    /** Whether a police hold stands that is due for review on the given day. */
    public boolean holdDueForReview(LocalDate today) {
        return state instanceof TakedownState.Held held && held.hold().dueForReview(today);
    }

    /** From the start of the takedown to the content seen gone, once it was. */
    public Option<Duration> timeToRemoval() {
        return state instanceof TakedownState.Removed removed ? Option.some(Duration.between(startedAt, removed.at()))
                : Option.none();
    }

    public boolean isEnded() {
        return state instanceof TakedownState.Removed || state instanceof TakedownState.Withdrawn;
    }

    private Option<Rejection<TakedownRefusal>> refusedWhenEnded() {
        return isEnded() ? Option.some(Rejection.of(TakedownRefusal.ENDED, "This takedown has ended: " + state.name() + "."))
                : Option.none();
    }

    private Takedown with(Map<String, StepDone> steps, TakedownState next) {
        return new Takedown(id, caseId, procedure, startedAt, steps, next, lifted, version + 1);
    }

    public TakedownId id() {
        return id;
    }

    public CaseId caseId() {
        return caseId;
    }

    public Procedure procedure() {
        return procedure;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** The steps done, in the order they were recorded. */
    public List<StepDone> done() {
        return done.values().toList();
    }

    public TakedownState state() {
        return state;
    }

    /** The police holds placed and lifted before, in the order they were placed (a standing hold is in the state). */
    public List<LiftedHold> liftedHolds() {
        return lifted;
    }

    /** The standing police hold, if one stands. */
    public Option<PoliceHold> hold() {
        return state instanceof TakedownState.Held held ? Option.some(held.hold()) : Option.none();
    }

    /** How many changes were made to the takedown since it started: a change is stored over the version before it. */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Takedown that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Takedown[" + id + " of case " + caseId + ", " + procedure.name() + ", " + state.name() + "]";
    }
}
