package org.hotline.domain.welfare;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.Clock;
import org.hotline.domain.FieldError;
import org.hotline.domain.PlainText;
import org.hotline.domain.Rejection;
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.audit.AuditEntry;
import org.hotline.domain.audit.AuditSubject;
import org.hotline.domain.audit.AuditTrail;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.Cases;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.staff.Role;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.staff.StaffMembers;
import org.jmolecules.ddd.annotation.Service;

/**
 * Keeps each analyst's exposure log and applies the welfare policy: the daily limit that stops the queue, the break
 * reminder, the supervisor's lift of a limit, and the dashboard of the team's workload.
 *
 * <p>Time in assessment is the time between claiming a case and assessing or releasing it, never past the moment the
 * claim runs out (a claim that lapsed counts until then); a moment spent on two claims at once counts once. Each
 * assessment, first or on appeal, counts as an item. A day is a day in the hotline's time zone.
 */
@Service
public final class Welfare implements CheckWelfare, RevealPreview, LiftLimit, ShowWorkload {


    /** The days the dashboard shows a week of: from the first year a hotline kept records to far ahead. */
    static final LocalDate FIRST_DAY_SHOWN = LocalDate.of(1990, 1, 1);
    static final LocalDate LAST_DAY_SHOWN = LocalDate.of(9999, 12, 24);

    /** How far back spells are read to find the analyst's last break. */
    private static final Duration LOOK_BACK_FOR_BREAK = Duration.ofHours(24);

    private final ExposureLog log;
    private final LimitLifts lifts;
    private final StaffMembers staff;
    private final Cases cases;
    private final AuditTrail audit;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final WelfareSettings settings;

    public Welfare(ExposureLog log, LimitLifts lifts, StaffMembers staff, Cases cases, AuditTrail audit,
            UnitOfWork unitOfWork, Clock clock, WelfareSettings settings) {
        this.log = Objects.requireNonNull(log, "log");
        this.lifts = Objects.requireNonNull(lifts, "lifts");
        this.staff = Objects.requireNonNull(staff, "staff");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public WelfareSettings settings() {
        return settings;
    }

    // What the workbench tells the log, inside the unit of work of its own change.

    /** The analyst's status, when the queue may hand them a new case; otherwise why not. */
    public Either<LimitReached, WelfareStatus> clearedToClaim(StaffId analyst) {
        WelfareStatus status = statusOf(analyst, clock.instant());
        if (status.mayClaim()) {
            return Either.right(status);
        }
        return Either.left(new LimitReached("You have spent " + hoursAndMinutes(status.today().timeInAssessment())
                + " in assessment today, and the daily limit is " + hoursAndMinutes(status.limit().limit())
                + ". The queue hands you new cases again tomorrow, or when a supervisor lifts the limit for today."));
    }

    /** The analyst reached their daily limit, and the queue hands them no new case today: {@code detail} says so. */
    public record LimitReached(String detail) {
    }

    public void assessmentBegan(StaffId analyst, CaseId caseId, Instant start, Instant cap) {
        log.began(Spell.begin(analyst, caseId, start, cap));
    }

    public void assessmentEnded(StaffId analyst, CaseId caseId, Instant start, Instant at, Spell.Ending how) {
        log.ended(analyst, caseId, start, at, how);
    }

    public void itemAssessed(StaffId assessor, CaseId caseId, Instant at) {
        log.record(new Exposure(assessor, Exposure.Kind.ITEM_ASSESSED, caseId, at));
    }

    // The primary ports.

    @Override
    public WelfareStatus status(Acting analyst) {
        return statusOf(analyst.staff(), clock.instant());
    }

    @Override
    public Either<Rejection<WelfareRefusal>, PreviewRevealed> reveal(Acting viewer, String caseId, String what) {
        return viewer.as(WelfareRefusal.ROLE_REQUIRED, Role.ANALYST, Role.SUPERVISOR).flatMap(who -> unitOfWork.inOneUnit(() -> cases.named(caseId)
                .toEither(() -> Rejection.of(WelfareRefusal.CASE_UNKNOWN, Cases.NO_SUCH_CASE)).map(found -> {
            Instant now = clock.instant();
            log.record(new Exposure(who.staff(), Exposure.Kind.PREVIEW_REVEALED, found.id(), now));
            audit.record(AuditEntry.byStaff(who.staff(), who.role(), now, "preview.revealed", AuditSubject.ofCase(found.id()), "", what));
            Interval today = settings.span(settings.dayOf(now));
            int revealsToday = log.exposures(Option.some(who.staff()), today.from(), today.until())
                    .count(e -> e.kind() == Exposure.Kind.PREVIEW_REVEALED);
            return new PreviewRevealed(who.staff(), found.id(), now, revealsToday);
        })));
    }

    @Override
    public Either<Rejection<WelfareRefusal>, LimitLifted> lift(Acting supervisor, String analystId, LocalDate day, String reason) {
        Objects.requireNonNull(day, "day");
        return supervisor.as(WelfareRefusal.ROLE_REQUIRED, Role.SUPERVISOR).flatMap(who -> {
            Option<StaffId> analyst = staffId(analystId);
            if (analyst.isEmpty()) {
                return Either.left(Rejection.of(WelfareRefusal.UNKNOWN_ANALYST, "This is not the identifier of a member of staff."));
            }
            if (analyst.get().equals(who.staff())) {
                return Either.left(Rejection.of(WelfareRefusal.OWN_LIMIT, "Another supervisor lifts your own limit."));
            }
            if (!staff.byId(analyst.get()).exists(member -> member.active() && member.holds(Role.ANALYST))) {
                return Either.left(Rejection.of(WelfareRefusal.UNKNOWN_ANALYST, "This is not an active analyst."));
            }
            Instant now = clock.instant();
            if (day.isBefore(settings.dayOf(now))) {
                return Either.left(Rejection.of(WelfareRefusal.DAY_PAST, "A limit is lifted for today or a day to come, not for " + day + "."));
            }
            Option<FieldError> forbidden = PlainText.checkLines("reason", reason);
            if (forbidden.isDefined()) {
                return Either.left(Rejection.ofFields(WelfareRefusal.REASON_INVALID, "Say why the limit is lifted.", List.of(forbidden.get())));
            }
            String why = reason == null ? "" : reason.strip();
            if (why.isEmpty() || PlainText.length(why) > LimitLift.MAX_REASON_LENGTH) {
                return Either.left(Rejection.ofFields(WelfareRefusal.REASON_INVALID, "Say why the limit is lifted.", List.of(new FieldError(
                        "reason", why.isEmpty() ? "required" : "too_long",
                        "Give a reason of at most " + LimitLift.MAX_REASON_LENGTH + " characters."))));
            }
            LimitLift lift = new LimitLift(analyst.get(), day, who.staff(), now, why);
            return unitOfWork.inOneUnit(() -> {
                if (!lifts.add(lift)) {
                    return Either.<Rejection<WelfareRefusal>, LimitLifted>left(Rejection.of(WelfareRefusal.ALREADY_LIFTED,
                            "The limit of this analyst is already lifted for " + day + "."));
                }
                audit.record(AuditEntry.byStaff(who.staff(), who.role(), now, "welfare.limit_lifted",
                        AuditSubject.ofStaff(lift.analyst()), "daily limit " + hoursAndMinutes(settings.dailyLimit().limit()),
                        "lifted for " + day + ": " + why));
                return Either.right(new LimitLifted(lift));
            });
        });
    }

    @Override
    public Either<Rejection<WelfareRefusal>, Workload> week(Acting supervisor, LocalDate anyDayOfTheWeek) {
        Objects.requireNonNull(anyDayOfTheWeek, "anyDayOfTheWeek");
        if (anyDayOfTheWeek.isBefore(FIRST_DAY_SHOWN) || anyDayOfTheWeek.isAfter(LAST_DAY_SHOWN)) {
            return Either.left(Rejection.of(WelfareRefusal.WEEK_OUT_OF_RANGE, "The dashboard shows weeks from " + FIRST_DAY_SHOWN + " to "
                    + LAST_DAY_SHOWN + ", not the week of " + anyDayOfTheWeek + "."));
        }
        return supervisor.as(WelfareRefusal.ROLE_REQUIRED, Role.SUPERVISOR).map(who -> {
            LocalDate monday = anyDayOfTheWeek.with(DayOfWeek.MONDAY);
            LocalDate sunday = monday.plusDays(6);
            List<LocalDate> days = List.range(0, 7).map(monday::plusDays);
            Seq<Spell> spells = log.spells(Option.none(), settings.span(monday).from(), settings.span(sunday).until());
            Seq<Exposure> exposures = log.exposures(Option.none(), settings.span(monday).from(), settings.span(sunday).until());
            Seq<LimitLift> lifted = lifts.between(monday, sunday);
            Seq<StaffId> analysts = spells.map(Spell::analyst).appendAll(exposures.map(Exposure::analyst))
                    .appendAll(lifted.map(LimitLift::analyst)).distinct().sortBy(StaffId::toString);
            Instant now = clock.instant();
            return new Workload(monday, sunday, analysts.map(analyst -> new Workload.AnalystWeek(analyst, days.map(day -> {
                ExposureFigures figures = ExposureFigures.of(spells.filter(s -> s.analyst().equals(analyst)),
                        exposures.filter(e -> e.analyst().equals(analyst)), settings.span(day), now);
                return new Workload.Day(day, figures, settings.dailyLimit().reachedBy(figures.timeInAssessment()),
                        lifted.exists(l -> l.analyst().equals(analyst) && l.day().equals(day)));
            }))));
        });
    }

    @Override
    public long limitsReachedToday() {
        Instant now = clock.instant();
        Interval today = settings.span(settings.dayOf(now));
        Seq<Spell> spells = log.spells(Option.none(), today.from(), today.until());
        return spells.groupBy(Spell::analyst).values()
                .count(own -> settings.dailyLimit().reachedBy(ExposureFigures.of(own, List.empty(), today, now).timeInAssessment()));
    }

    private WelfareStatus statusOf(StaffId analyst, Instant now) {
        LocalDate day = settings.dayOf(now);
        Interval today = settings.span(day);
        Instant lookBackFrom = now.minus(LOOK_BACK_FOR_BREAK).isBefore(today.from()) ? now.minus(LOOK_BACK_FOR_BREAK) : today.from();
        Seq<Spell> spells = log.spells(Option.some(analyst), lookBackFrom, today.until());
        ExposureFigures figures = ExposureFigures.of(spells, log.exposures(Option.some(analyst), today.from(), today.until()),
                today, now);
        Duration stretch = settings.breakReminder().stretch(spells.map(spell -> spell.counted(now)), now);
        return new WelfareStatus(analyst, day, figures, settings.dailyLimit(),
                settings.dailyLimit().reachedBy(figures.timeInAssessment()), lifts.of(analyst, day).isDefined(), stretch,
                settings.breakReminder().due(stretch));
    }

    private static Option<StaffId> staffId(String text) {
        return StaffId.parse(text);
    }

    private static String hoursAndMinutes(Duration duration) {
        return duration.toHours() + " h " + String.format("%02d", duration.toMinutesPart()) + " min";
    }
}
