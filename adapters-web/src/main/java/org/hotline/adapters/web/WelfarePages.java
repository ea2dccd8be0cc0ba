package org.hotline.adapters.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.vavr.collection.Seq;
import org.hotline.adapters.web.pages.FieldErrors;
import org.hotline.adapters.web.pages.WelfarePage;
import org.hotline.domain.FieldError;
import org.hotline.domain.Rejection;
import org.hotline.domain.welfare.WelfareRefusal;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.staff.ManageStaff;
import org.hotline.domain.staff.Role;
import org.hotline.domain.staff.StaffMember;
import org.hotline.domain.welfare.CheckWelfare;
import org.hotline.domain.welfare.ExposureFigures;
import org.hotline.domain.welfare.LiftLimit;
import org.hotline.domain.welfare.ShowWorkload;
import org.hotline.domain.welfare.WelfareStatus;
import org.hotline.domain.welfare.Workload;

/**
 * The supervisors' welfare dashboard ({@code ?week=} any day of the week to show; this week by default) and the
 * lifting of an analyst's daily limit for today, with a reason. "Today" and the limit are the welfare policy's own, as
 * the domain's clock and time zone give them.
 */
final class WelfarePages {

    static final String PATH = "/welfare";
    static final String LIFT = "/welfare/lift";

    private final CheckWelfare welfare;
    private final ShowWorkload workload;
    private final LiftLimit lifts;
    private final ManageStaff staff;
    private final Templates templates;

    WelfarePages(UseCases.Casework work, ManageStaff staff, Templates templates) {
        this.welfare = work.welfare();
        this.workload = work.workload();
        this.lifts = work.lifts();
        this.staff = Objects.requireNonNull(staff, "staff");
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    void show(Context ctx) {
        render(ctx, WelfarePage.LiftForm.empty(), FieldErrors.none());
    }

    void lift(Context ctx) {
        Acting supervisor = SignedInStaff.required(ctx).as(Role.SUPERVISOR);
        var typed = new WelfarePage.LiftForm(Forms.text(ctx, "analyst"), Forms.text(ctx, "reason"));
        LocalDate today = welfare.status(supervisor).day();
        var lifted = lifts.lift(supervisor, typed.analyst(), today, typed.reason());
        if (lifted.isRight()) {
            ctx.redirect(PATH, HttpStatus.SEE_OTHER);
            return;
        }
        Rejection<WelfareRefusal> refused = lifted.getLeft();
        Rejections.Answer answer = Rejections.answer(refused.reason());
        Rejections.refuseWholePage(answer, refused);
        Messages t = Languages.messagesFor(ctx);
        ctx.status(Rejections.statusOf(answer));
        FieldErrors errors;
        if (refused.reason() == WelfareRefusal.UNKNOWN_ANALYST) {
            errors = FieldErrors.of(List.of(new FieldError("analyst", refused.code(), refused.detail())), t);
        } else if (refused.fields().isEmpty()) {
            errors = FieldErrors.general(Rejections.message(refused, t));
        } else {
            errors = FieldErrors.of(refused.fields(), t);
        }
        render(ctx, new WelfarePage.LiftForm(Forms.limited(typed.analyst(), 36), Forms.limited(typed.reason(), 2000)), errors);
    }

    private void render(Context ctx, WelfarePage.LiftForm typed, FieldErrors errors) {
        Acting supervisor = SignedInStaff.required(ctx).as(Role.SUPERVISOR);
        Messages t = Languages.messagesFor(ctx);
        WelfareStatus policy = welfare.status(supervisor);
        LocalDate today = policy.day();
        Workload shown = weekOf(supervisor, dayAsked(ctx.queryParam("week"), today));
        Workload current = today.isBefore(shown.firstDay()) || today.isAfter(shown.lastDay())
                ? weekOf(supervisor, today) : shown;
        StaffNames names = StaffNames.of(staff);
        DateTimeFormatter dayHeading = DateTimeFormatter.ofPattern("EEE d MMM", t.locale());
        List<String> days = java.util.stream.IntStream.range(0, 7)
                .mapToObj(i -> dayHeading.format(shown.firstDay().plusDays(i))).toList();
        List<WelfarePage.AnalystRow> rows = shown.analysts().map(analyst -> new WelfarePage.AnalystRow(
                names.of(analyst.analyst()),
                analyst.days().map(day -> cell(day.figures(), day.limitReached(), day.limitLifted())).toJavaList(),
                cell(analyst.week(), analyst.limitReached(), analyst.limitLifted()))).toJavaList();
        List<String> reachedToday = reachedOn(today, current).map(names::of).toJavaList();
        List<WelfarePage.Choice> analysts = staff.list().filter(m -> m.active() && m.holds(Role.ANALYST))
                .map((StaffMember m) -> new WelfarePage.Choice(m.id().toString(), m.displayName())).toJavaList();
        templates.render(ctx, "welfare.jte", new WelfarePage(t, shown.firstDay().toString(), shown.lastDay().toString(),
                shown.firstDay().minusWeeks(1).toString(), shown.firstDay().plusWeeks(1).toString(), days, rows,
                today.toString(), Times.length(policy.limit().limit()), reachedToday, analysts, typed, errors));
    }

    private Workload weekOf(Acting supervisor, LocalDate day) {
        var week = workload.week(supervisor, day);
        if (week.isLeft()) {
            Rejection<WelfareRefusal> refused = week.getLeft();
            Rejections.refuseWholePage(Rejections.answer(refused.reason()), refused);
            throw switch (refused.reason()) {
                case WEEK_OUT_OF_RANGE -> new Refusal(HttpStatus.BAD_REQUEST, "welfare.weekOutOfRange", refused.detail());
                case ROLE_REQUIRED, CASE_UNKNOWN, UNKNOWN_ANALYST, OWN_LIMIT, DAY_PAST, REASON_INVALID, ALREADY_LIFTED ->
                        new Refusal(HttpStatus.CONFLICT, "page.conflict", refused.detail());
            };
        }
        return week.get();
    }

    /** The analysts who reached the limit on a day of the week. */
    private static Seq<org.hotline.domain.staff.StaffId> reachedOn(LocalDate day, Workload week) {
        return week.analysts().filter(analyst -> analyst.days().exists(d -> d.day().equals(day) && d.limitReached()))
                .map(Workload.AnalystWeek::analyst);
    }

    private static WelfarePage.Cell cell(ExposureFigures figures, boolean limitReached, boolean limitLifted) {
        return new WelfarePage.Cell(figures.equals(ExposureFigures.NONE) && !limitLifted, figures.itemsAssessed(),
                Times.length(figures.timeInAssessment()), figures.reveals(), limitReached, limitLifted);
    }

    /** The day asked for in the address; today when none or not a date. */
    private static LocalDate dayAsked(String asked, LocalDate today) {
        if (asked == null || asked.isBlank()) {
            return today;
        }
        try {
            return LocalDate.parse(asked.strip());
        } catch (DateTimeParseException notADate) {
            return today;
        }
    }
}
