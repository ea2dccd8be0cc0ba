package org.hotline.domain.takedown;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.FieldError;
import org.hotline.domain.PlainText;
import org.hotline.domain.Rejection;
import org.hotline.domain.Withdrawal;
import org.hotline.domain.audit.AuditEntry;
import org.hotline.domain.law.Actor;
import org.hotline.domain.law.Procedure;
import org.hotline.domain.law.Step;
import org.hotline.domain.law.StepKind;
import org.hotline.domain.report.Case;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.Cases;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.staff.Role;
import org.hotline.domain.staff.StaffId;
import org.jmolecules.ddd.annotation.Service;

/**
 * Runs the takedowns of cases. A takedown starts in the unit of work that settles a case's hosting at home; each step
 * is recorded by the role that records its actor ({@link Recorders}); police holds are placed and lifted by the police
 * liaison; the content seen gone (by the program's re-check or by staff) ends the takedown and closes the case; a
 * decision that finds the material not illegal withdraws it. Every change is stored over the version it was made
 * from and audited with the action the takedown names, in one unit of work: when a later part of that work is refused
 * (the notice could not be sent, the case changed meanwhile), the whole unit is undone.
 */
@Service
public final class TakedownDesk implements StartTakedown, RunTakedown, ListPoliceWork, EndTakedown, TakedownNotices {

    /** The longest note, reason or evidence, in characters. */
    public static final int MAX_TEXT = 1000;
    /** The longest police reference, in characters. */
    public static final int MAX_REFERENCE = 200;

    private final TakedownPorts ports;

    public TakedownDesk(TakedownPorts ports) {
        this.ports = Objects.requireNonNull(ports, "ports");
    }

    /** A refusal that undoes the unit of work it is thrown in; the desk answers it. */
    private static final class Undone extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Rejection<TakedownRefusal> rejection;

        Undone(Rejection<TakedownRefusal> rejection) {
            super(rejection.detail(), null, false, false);
            this.rejection = rejection;
        }
    }

    /** What one action does to a case's takedown, in the unit of work that reads them. */
    @FunctionalInterface
    private interface Action {
        Either<Rejection<TakedownRefusal>, Takedown> on(Case theCase, Takedown takedown, Instant now);
    }

    @Override
    public Either<Rejection<TakedownRefusal>, Takedown> start(CaseId caseId, Procedure procedure, Instant at) {
        Objects.requireNonNull(procedure, "procedure");
        return inOneUnit(() -> ports.takedowns().ofCase(caseId)
                .map(existing -> existing.state() instanceof TakedownState.Withdrawn
                        ? existing.resume(at).map(change -> store(Option.none(), existing, change, at))
                        : Either.<Rejection<TakedownRefusal>, Takedown>right(existing))
                .getOrElse(() -> Either.right(begin(caseId, procedure, at))));
    }

    private Takedown begin(CaseId caseId, Procedure procedure, Instant at) {
        Takedown started = Takedown.start(new TakedownId(ports.identities().next()), caseId, procedure, at);
        ports.takedowns().add(started);
        ports.audit().record(AuditEntry.bySystem(at, "takedown.started", subject(caseId), "",
                "procedure " + procedure.name() + ": " + procedure.steps().map(step -> step.id() + " by "
                        + step.performer()).mkString(", ")));
        return started;
    }

    @Override
    public Either<Rejection<TakedownRefusal>, Option<TakedownView>> takedownOf(Acting viewer, String caseId) {
        return viewer.as(TakedownRefusal.ROLE_REQUIRED, Role.ANALYST, Role.SUPERVISOR, Role.POLICE_LIAISON)
                .flatMap(member -> named(caseId).map(found -> ports.takedowns().ofCase(found.id())
                        .map(takedown -> new TakedownView(takedown, member.role(), today(ports.clock().instant())))));
    }

    @Override
    public Either<Rejection<TakedownRefusal>, Takedown> record(Acting who, String caseId, String stepId, String note) {
        return text(NOTE_FIELD, note, MAX_TEXT, false).flatMap(noted -> changing(caseId, (found, takedown, now) -> {
            Option<Step> step = takedown.procedure().step(stepId == null ? "" : stepId);
            if (step.isDefined() && !Recorders.may(who.role(), step.get())) {
                return Either.left(notYours(step.get(), who));
            }
            if (step.isDefined() && step.get().kind() == StepKind.CONFIRM_REMOVAL) {
                return noted.isEmpty() ? Either.left(required(EVIDENCE_FIELD, "Say how the content was seen gone."))
                        : removal(found, takedown, Option.some(who), noted.get(), now);
            }
            return takedown.record(stepId == null ? "" : stepId, who.staff(), now, noted)
                    .flatMap(change -> withNotice(found, step.get(), change, now))
                    .map(change -> {
                        Takedown after = store(Option.some(who), takedown, change, now);
                        if (step.get().kind() == StepKind.SEND_NOTICE_TO_HOST) {
                            ports.progress().noticeSent(found.id(), step.get().id(), now);
                        }
                        return after;
                    });
        }));
    }

    /**
     * The change, once the first notice is on its way where this is the hotline's notice step (its reference then
     * joins the audit's detail); the notice's refusal where it could not be sent.
     */
    private Either<Rejection<TakedownRefusal>, TakedownChange> withNotice(Case found, Step step, TakedownChange change,
            Instant now) {
        if (step.kind() != StepKind.SEND_NOTICE_TO_HOST || step.performer() != Actor.HOTLINE) {
            return Either.right(change);
        }
        return ports.notices().firstNotice(change.after(), found, now).map(reference -> new TakedownChange(change.after(),
                change.action(), change.detail() + "; notice " + reference));
    }

    @Override
    public Either<Rejection<TakedownRefusal>, Takedown> placeHold(Acting who, String caseId, String reference,
            String reviewOn) {
        return who.as(TakedownRefusal.ROLE_REQUIRED, Role.POLICE_LIAISON)
                .flatMap(member -> text(REFERENCE_FIELD, reference, MAX_REFERENCE, true))
                .flatMap(given -> day(reviewOn).flatMap(reviewBy -> changing(caseId, (found, takedown, now) -> takedown
                        .placeHold(who.staff(), now, today(now), reviewBy, given.get())
                        .mapLeft(refused -> refused.reason() == TakedownRefusal.REVIEW_DATE_INVALID
                                ? Rejection.ofFields(refused.reason(), refused.detail(), List.of(new FieldError(
                                        REVIEW_FIELD, refused.code(), refused.detail())))
                                : refused)
                        .map(change -> store(Option.some(who), takedown, change, now)))));
    }

    @Override
    public Either<Rejection<TakedownRefusal>, Takedown> liftHold(Acting who, String caseId, String reason) {
        return who.as(TakedownRefusal.ROLE_REQUIRED, Role.POLICE_LIAISON)
                .flatMap(member -> text(REASON_FIELD, reason, MAX_TEXT, true))
                .flatMap(given -> changing(caseId, (found, takedown, now) -> takedown.liftHold(who.staff(), now, given.get())
                        .map(change -> store(Option.some(who), takedown, change, now))));
    }

    @Override
    public Either<Rejection<TakedownRefusal>, Takedown> removed(Acting who, String caseId, String evidence) {
        return who.as(TakedownRefusal.ROLE_REQUIRED, Role.ANALYST, Role.SUPERVISOR)
                .flatMap(member -> text(EVIDENCE_FIELD, evidence, MAX_TEXT, true))
                .flatMap(given -> changing(caseId, (found, takedown, now) -> removal(found, takedown, Option.some(who),
                        given.get(), now)));
    }

    @Override
    public Either<Rejection<TakedownRefusal>, Takedown> removalSeen(CaseId caseId, String evidence, Instant at) {
        Objects.requireNonNull(evidence, "evidence");
        return inOneUnit(() -> ofCase(caseId).flatMap(found -> takedownOf(found)
                .flatMap(takedown -> removal(found, takedown, Option.none(), evidence, at))));
    }

    /** The takedown ends as removed and, where the case is in takedown, the case closes as content removed. */
    private Either<Rejection<TakedownRefusal>, Takedown> removal(Case found, Takedown takedown, Option<Acting> who,
            String evidence, Instant at) {
        StaffId by = who.map(Acting::staff).getOrElse(StepDone.THE_PROGRAM);
        return takedown.removalSeen(by, at, evidence).map(change -> {
            Takedown after = store(who, takedown, change, at);
            found.contentRemoved(evidence, at).forEach(closed -> {
                if (!ports.cases().change(closed)) {
                    throw new Undone(changedMeanwhile());
                }
                ports.audit().record(entry(who, at, closed.action(), found.id(), closed.before().describe(),
                        closed.after().describe()));
            });
            ports.progress().removed(found.id(), evidence, at);
            return after;
        });
    }

    @Override
    public Either<Rejection<TakedownRefusal>, Takedown> withdraw(CaseId caseId, String reason, Instant at) {
        Objects.requireNonNull(reason, "reason");
        return inOneUnit(() -> ofCase(caseId).flatMap(found -> takedownOf(found).flatMap(takedown -> takedown
                .withdraw(at, reason).map(change -> {
                    Takedown after = store(Option.none(), takedown, change, at);
                    ports.notices().withdraw(found, reason, at);
                    return after;
                }))));
    }

    /**
     * The withdrawal seam of decisions that find the material not illegal: the case's running takedown is withdrawn in
     * the decision's unit of work; nothing is pending where the case has none, or it has ended.
     */
    @Override
    public Withdrawal withdrawNotice(CaseId caseId, String reason) {
        Instant now = ports.clock().instant();
        boolean running = ports.takedowns().ofCase(caseId).exists(takedown -> !takedown.isEnded());
        if (!running) {
            return new Withdrawal.NothingPending();
        }
        return withdraw(caseId, reason, now).fold(refused -> {
            throw new IllegalStateException("the takedown of case " + caseId + " could not be withdrawn: "
                    + refused.detail());
        }, takedown -> new Withdrawal.Withdrawn("the takedown (" + takedown.procedure().name() + ")"));
    }

    @Override
    public Either<Rejection<TakedownRefusal>, PoliceWork> policeWork(Acting viewer) {
        return viewer.as(TakedownRefusal.ROLE_REQUIRED, Role.POLICE_LIAISON, Role.SUPERVISOR).map(member -> {
            LocalDate today = today(ports.clock().instant());
            Seq<PoliceWork.Entry> entries = ports.takedowns().running().flatMap(takedown -> ports.cases()
                    .byId(takedown.caseId()).map(found -> new PoliceWork.Entry(takedown, found)));
            Seq<PoliceWork.Entry> waiting = entries.filter(entry -> entry.takedown().hold().isEmpty()
                    && entry.takedown().next().exists(Recorders::onThePolice));
            Seq<PoliceWork.Entry> held = entries.filter(entry -> entry.takedown().hold().isDefined())
                    .sorted(Comparator.<PoliceWork.Entry, Boolean>comparing(entry -> !entry.takedown()
                                    .holdDueForReview(today))
                            .thenComparing(entry -> entry.takedown().hold().get().reviewBy())
                            .thenComparing(entry -> entry.takedown().hold().get().placedAt()));
            return new PoliceWork(today, waiting, held);
        });
    }

    /** Runs an action on the named case's takedown in one unit of work, at the clock's time. */
    private Either<Rejection<TakedownRefusal>, Takedown> changing(String caseId, Action action) {
        return inOneUnit(() -> named(caseId).flatMap(found -> takedownOf(found)
                .flatMap(takedown -> action.on(found, takedown, ports.clock().instant()))));
    }

    /** Runs the work in one unit; a refusal thrown in it undoes the unit and is answered. */
    private <T> Either<Rejection<TakedownRefusal>, T> inOneUnit(
            java.util.function.Supplier<Either<Rejection<TakedownRefusal>, T>> work) {
        try {
            return ports.unitOfWork().inOneUnit(work);
        } catch (Undone undone) {
            return Either.left(undone.rejection);
        }
    }

    /** Stores the change over the version it was made from and audits it; undoes the unit when someone came first. */
    private Takedown store(Option<Acting> who, Takedown before, TakedownChange change, Instant at) {
        if (!ports.takedowns().change(change.after())) {
            throw new Undone(changedMeanwhile());
        }
        ports.audit().record(entry(who, at, change.action(), before.caseId(), before.state().name(), change.detail()));
        return change.after();
    }

    private static AuditEntry entry(Option<Acting> who, Instant at, String action, CaseId caseId, String before,
            String after) {
        return who.map(member -> AuditEntry.byStaff(member.staff(), member.role(), at, action, subject(caseId), before,
                after)).getOrElse(() -> AuditEntry.bySystem(at, action, subject(caseId), before, after));
    }

    private static String subject(CaseId caseId) {
        return "case:" + caseId;
    }

    private Either<Rejection<TakedownRefusal>, Case> named(String caseId) {
        return ports.cases().named(caseId).toEither(() -> Rejection.of(TakedownRefusal.CASE_UNKNOWN, Cases.NO_SUCH_CASE));
    }

    private Either<Rejection<TakedownRefusal>, Case> ofCase(CaseId caseId) {
        return ports.cases().byId(caseId).toEither(() -> Rejection.of(TakedownRefusal.CASE_UNKNOWN, Cases.NO_SUCH_CASE));
    }

    private Either<Rejection<TakedownRefusal>, Takedown> takedownOf(Case found) {
        return ports.takedowns().ofCase(found.id()).toEither(() -> Rejection.of(TakedownRefusal.NO_TAKEDOWN,
                "This case has no takedown; one starts when its hosting is settled at home."));
    }

    private LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ports.zone());
    }

    private static Rejection<TakedownRefusal> changedMeanwhile() {
        return Rejection.of(TakedownRefusal.CHANGED_MEANWHILE, "Someone changed this takedown a moment ago; look at it"
                + " again.");
    }

    private static Rejection<TakedownRefusal> notYours(Step step, Acting who) {
        return Rejection.of(TakedownRefusal.ROLE_REQUIRED, "The step " + step.id() + " is done by the "
                + step.performer().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "; it is recorded by "
                + Recorders.of(step.performer()).mkString(" or ") + ", and you are acting as " + who.role() + ".");
    }

    private static Rejection<TakedownRefusal> required(String field, String detail) {
        return Rejection.ofFields(TakedownRefusal.TEXT_INVALID, detail, List.of(new FieldError(field, "required", detail)));
    }

    /** The text as typed, stripped: none when blank (refused when required), refused when too long or not plain. */
    static Either<Rejection<TakedownRefusal>, Option<String>> text(String field, String typed, int max,
            boolean needed) {
        String stripped = typed == null ? "" : typed.strip();
        Option<FieldError> forbidden = PlainText.checkLines(field, stripped);
        if (forbidden.isDefined()) {
            return Either.left(Rejection.ofFields(TakedownRefusal.TEXT_INVALID, "The text holds a character that is not"
                    + " allowed.", List.of(forbidden.get())));
        }
        if (PlainText.length(stripped) > max) {
            String detail = "Write at most " + max + " characters.";
            return Either.left(Rejection.ofFields(TakedownRefusal.TEXT_INVALID, detail,
                    List.of(new FieldError(field, "too_long", detail))));
        }
        if (stripped.isEmpty()) {
            return needed ? Either.left(required(field, "This is required.")) : Either.right(Option.none());
        }
        return Either.right(Option.some(stripped));
    }

    private static Either<Rejection<TakedownRefusal>, LocalDate> day(String typed) {
        try {
            return Either.right(LocalDate.parse(typed == null ? "" : typed.strip()));
        } catch (DateTimeParseException e) {
            String detail = "Write the review day as YYYY-MM-DD, such as 2026-12-14.";
            return Either.left(Rejection.ofFields(TakedownRefusal.REVIEW_DATE_UNREADABLE, detail,
                    List.of(new FieldError(REVIEW_FIELD, TakedownRefusal.REVIEW_DATE_UNREADABLE.code(), detail))));
        }
    }
}
