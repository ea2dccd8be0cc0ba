package org.hotline.adapters.web;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.vavr.control.Either;
import org.hotline.adapters.web.pages.NoticesPage;
import org.hotline.adapters.web.pages.PolicePage;
import org.hotline.adapters.web.pages.TakedownSection;
import org.hotline.domain.Rejection;
import org.hotline.domain.law.Step;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.staff.ManageStaff;
import org.hotline.domain.staff.Role;
import org.hotline.domain.notice.Notice;
import org.hotline.domain.notice.NoticeRecord;
import org.hotline.domain.notice.NoticeState;
import org.hotline.domain.notifying.ListNoticesNeedingAttention;
import org.hotline.adapters.web.pages.PoliceRequestView;
import org.hotline.domain.takedown.HandlePoliceRequests;
import org.hotline.domain.takedown.ListPoliceWork;
import org.hotline.domain.takedown.PoliceRequest;
import org.hotline.domain.takedown.PoliceWork;
import org.hotline.domain.takedown.Recorders;
import org.hotline.domain.takedown.RunTakedown;
import org.hotline.domain.takedown.StepDone;
import org.hotline.domain.takedown.Takedown;
import org.hotline.domain.takedown.TakedownRefusal;
import org.hotline.domain.takedown.TakedownState;
import org.hotline.domain.takedown.TakedownView;

/**
 * Takedowns on the web: the section of the case page (the procedure's steps in order, the hold, and the forms of the
 * hotline's steps for analysts and supervisors), the police liaison's page ({@code /police}: what waits on the police,
 * the holds with their review days, the forms of the police's steps, placing and lifting holds), and the actions. An
 * action that succeeds goes back by redirect to the page it came from (the police page for a police liaison, the case
 * page otherwise); one refused shows that page again with why (400 for input, 409 otherwise).
 */
final class TakedownPages {

    static final String POLICE = "/police";
    static final String NOTICES = "/notices";
    static final String ASK = POLICE + "/requests";
    static final String ANSWER = CasePages.PATH + "/police-requests/{request}/answer";
    static final String STEP = CasePages.PATH + "/takedown/step";
    static final String HOLD = CasePages.PATH + "/takedown/hold";
    static final String LIFT = CasePages.PATH + "/takedown/lift";
    static final String REMOVED = CasePages.PATH + "/takedown/removed";
    /** The form field that names the role a step is recorded in. */
    static final String AS_FIELD = "as";
    static final String STEP_FIELD = "step";

    private final RunTakedown takedowns;
    private final ListPoliceWork police;
    private final ListNoticesNeedingAttention notices;
    private final io.vavr.control.Option<HandlePoliceRequests> requests;
    private final ManageStaff staff;
    private final Times times;
    private final Templates templates;

    TakedownPages(RunTakedown takedowns, ListPoliceWork police, ListNoticesNeedingAttention notices,
            io.vavr.control.Option<HandlePoliceRequests> requests, ManageStaff staff, Times times, Templates templates) {
        this.notices = Objects.requireNonNull(notices, "notices");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.takedowns = Objects.requireNonNull(takedowns, "takedowns");
        this.police = Objects.requireNonNull(police, "police");
        this.staff = Objects.requireNonNull(staff, "staff");
        this.times = Objects.requireNonNull(times, "times");
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    /** The police liaison's page. */
    void showPolice(Context ctx) {
        renderPolice(ctx, Optional.empty());
    }

    boolean offersRequests() {
        return requests.isDefined();
    }

    /** The police liaison asks the hotline something about a case, from the police page. */
    void ask(Context ctx) {
        Acting who = SignedInStaff.required(ctx).as(Role.POLICE_LIAISON);
        var asked = requests.get().ask(who, Forms.text(ctx, HandlePoliceRequests.CASE_FIELD),
                Forms.text(ctx, HandlePoliceRequests.REQUEST_FIELD), Forms.text(ctx, HandlePoliceRequests.NEEDED_BY_FIELD));
        if (asked.isRight()) {
            ctx.redirect(POLICE + "#request-" + asked.get().id(), HttpStatus.SEE_OTHER);
            return;
        }
        refusePolice(ctx, asked.getLeft());
    }

    /** An analyst or supervisor answers a request of the police, from the case page. */
    void answerRequest(Context ctx, Handler showCase) throws Exception {
        Acting who = SignedInStaff.required(ctx).as(Role.ANALYST, Role.SUPERVISOR);
        var answered = requests.get().answer(who, ctx.pathParam("request"),
                Forms.text(ctx, HandlePoliceRequests.ANSWER_FIELD));
        if (answered.isRight()) {
            ctx.redirect(CasePages.pathOf(ctx.pathParam("id")) + "#request-" + answered.get().id(), HttpStatus.SEE_OTHER);
            return;
        }
        Rejection<TakedownRefusal> refused = answered.getLeft();
        Rejections.Answer answer = Rejections.answer(refused.reason());
        Rejections.refuseWholePage(answer, refused);
        ctx.status(Rejections.statusOf(answer));
        ctx.attribute(CasePages.REFUSAL, message(refused, Languages.messagesFor(ctx)));
        showCase.handle(ctx);
    }

    /** The requests of the police about the case on its page, with answer forms for analysts and supervisors. */
    List<PoliceRequestView> requestsOf(Context ctx, SignedInStaff member) {
        if (requests.isEmpty() || !member.holds(Role.ANALYST) && !member.holds(Role.SUPERVISOR)) {
            return List.of();
        }
        var found = requests.get().ofCase(member.as(Role.ANALYST, Role.SUPERVISOR), ctx.pathParam("id"));
        if (found.isLeft()) {
            return List.of();
        }
        Messages t = Languages.messagesFor(ctx);
        StaffNames names = StaffNames.of(staff);
        java.time.LocalDate today = requests.get().today();
        return found.get().map(request -> requestView(request, today, Optional.of(answerPath(request)), names, t))
                .toJavaList();
    }

    private static String answerPath(PoliceRequest request) {
        return ANSWER.replace("{id}", request.caseId().toString()).replace("{request}", request.id().toString());
    }

    private PoliceRequestView requestView(PoliceRequest request, java.time.LocalDate today, Optional<String> answerAction,
            StaffNames names, Messages t) {
        String caseId = request.caseId().toString();
        return new PoliceRequestView(request.id().toString(), caseId, CasePages.pathOf(caseId), request.text(),
                t.get("policeRequests.asked", names.of(request.askedBy()), times.when(request.askedAt(), t)),
                request.neededBy().map(Object::toString).toJavaOptional(), request.due(today),
                request.answer().map(given -> t.get("policeRequests.answered", names.of(given.by()),
                        times.when(given.at(), t), given.text())).toJavaOptional(),
                request.isOpen() ? answerAction : Optional.empty());
    }

    /** The police page again with why the request was refused. */
    private void refusePolice(Context ctx, Rejection<TakedownRefusal> refused) {
        Rejections.Answer answer = Rejections.answer(refused.reason());
        if (answer != Rejections.Answer.NO_SUCH_CASE) {
            Rejections.refuseWholePage(answer, refused);
        }
        ctx.status(answer == Rejections.Answer.NO_SUCH_CASE ? HttpStatus.BAD_REQUEST : Rejections.statusOf(answer));
        renderPolice(ctx, Optional.of(message(refused, Languages.messagesFor(ctx))));
    }

    /** The supervisors' page of notices needing attention: escalations, and notices that could not be sent. */
    void showNotices(Context ctx) {
        var listed = notices.needingAttention(SignedInStaff.required(ctx).as(Role.SUPERVISOR));
        if (listed.isLeft()) {
            Rejections.refuseWholePage(Rejections.Answer.ROLE_REQUIRED, listed.getLeft());
        }
        Messages t = Languages.messagesFor(ctx);
        templates.render(ctx, "notices.jte", new NoticesPage(t, listed.get().map(found -> noticeRow(found, t))
                .toJavaList()));
    }

    private NoticesPage.Row noticeRow(NoticeRecord found, Messages t) {
        Notice notice = found.notice();
        String state;
        if (found.state() instanceof NoticeState.Sent sent) {
            state = t.get("notices.state.sent", times.when(sent.at(), t));
        } else if (found.state() instanceof NoticeState.Failed failed) {
            state = t.get("notices.state.failed", times.when(failed.at(), t), failed.detail());
        } else if (found.state() instanceof NoticeState.Withdrawn withdrawn) {
            state = t.get("notices.state.withdrawn", times.when(withdrawn.at(), t), withdrawn.reason());
        } else {
            state = t.get("notices.state.queued");
        }
        return new NoticesPage.Row(notice.reference().value(), t.get("notices.kind." + notice.kind().name()),
                t.get("notices.recipient", notice.recipient().name(),
                        t.get("contacts.role." + notice.recipient().role().name().toLowerCase(java.util.Locale.ROOT))),
                notice.recipient().emails().map(email -> email.value()).mkString("; "), times.when(notice.issued(), t),
                state, found.state() instanceof NoticeState.Failed,
                found.cases().map(caseId -> new NoticesPage.CaseLink(caseId.toString(), CasePages.pathOf(caseId.toString())))
                        .toJavaList());
    }

    /** Records a step, in the role the form names where the member holds it. */
    void record(Context ctx, Handler showCase) throws Exception {
        Acting who = actingFor(ctx, SignedInStaff.required(ctx));
        answer(ctx, who, takedowns.record(who, ctx.pathParam("id"), Forms.text(ctx, STEP_FIELD),
                Forms.text(ctx, RunTakedown.NOTE_FIELD)), showCase);
    }

    void placeHold(Context ctx, Handler showCase) throws Exception {
        Acting who = SignedInStaff.required(ctx).as(Role.POLICE_LIAISON);
        answer(ctx, who, takedowns.placeHold(who, ctx.pathParam("id"), Forms.text(ctx, RunTakedown.REFERENCE_FIELD),
                Forms.text(ctx, RunTakedown.REVIEW_FIELD)), showCase);
    }

    void liftHold(Context ctx, Handler showCase) throws Exception {
        Acting who = SignedInStaff.required(ctx).as(Role.POLICE_LIAISON);
        answer(ctx, who, takedowns.liftHold(who, ctx.pathParam("id"), Forms.text(ctx, RunTakedown.REASON_FIELD)),
                showCase);
    }

    void removed(Context ctx, Handler showCase) throws Exception {
        Acting who = SignedInStaff.required(ctx).as(Role.ANALYST, Role.SUPERVISOR);
        answer(ctx, who, takedowns.removed(who, ctx.pathParam("id"), Forms.text(ctx, RunTakedown.EVIDENCE_FIELD)),
                showCase);
    }

    /** The member in the role the form names, where they hold it and the route admits it; else their first fitting role. */
    private static Acting actingFor(Context ctx, SignedInStaff member) {
        String named = Forms.text(ctx, AS_FIELD);
        for (Role role : List.of(Role.ANALYST, Role.SUPERVISOR, Role.POLICE_LIAISON)) {
            if (role.name().equals(named) && member.holds(role)) {
                return new Acting(member.id(), role);
            }
        }
        return member.as(Role.ANALYST, Role.SUPERVISOR, Role.POLICE_LIAISON);
    }

    /** Back to the page the action came from, or that page again with why it was refused. */
    private void answer(Context ctx, Acting who, Either<Rejection<TakedownRefusal>, Takedown> done, Handler showCase)
            throws Exception {
        boolean fromPolice = who.role() == Role.POLICE_LIAISON;
        String id = ctx.pathParam("id");
        if (done.isRight()) {
            ctx.redirect(fromPolice ? POLICE + "#case-" + id : CasePages.pathOf(id) + "#takedown", HttpStatus.SEE_OTHER);
            return;
        }
        Rejection<TakedownRefusal> refused = done.getLeft();
        Rejections.Answer answer = Rejections.answer(refused.reason());
        Rejections.refuseWholePage(answer, refused);
        ctx.status(Rejections.statusOf(answer));
        Messages t = Languages.messagesFor(ctx);
        String message = message(refused, t);
        if (fromPolice) {
            renderPolice(ctx, Optional.of(message));
        } else {
            ctx.attribute(CasePages.REFUSAL, message);
            showCase.handle(ctx);
        }
    }

    /**
     * The refusal in words; with the domain's reason where the notice could not be sent (it says why), and with what
     * was wrong in each field.
     */
    private static String message(Rejection<TakedownRefusal> refused, Messages t) {
        String words = Rejections.message(refused, t);
        if (refused.reason() == TakedownRefusal.NOTICE_NOT_SENT) {
            return words + " " + refused.detail();
        }
        return refused.fields().isEmpty() ? words : words + " " + refused.fields()
                .map(error -> t.get("police.field." + error.field()) + ": " + error.detail()).mkString(" ");
    }

    private void renderPolice(Context ctx, Optional<String> refusal) {
        SignedInStaff member = SignedInStaff.required(ctx);
        Acting viewer = member.as(Role.POLICE_LIAISON, Role.SUPERVISOR);
        var listed = police.policeWork(viewer);
        if (listed.isLeft()) {
            Rejections.refuseWholePage(Rejections.Answer.ROLE_REQUIRED, listed.getLeft());
        }
        PoliceWork work = listed.get();
        Messages t = Languages.messagesFor(ctx);
        StaffNames names = StaffNames.of(staff);
        boolean mayAct = viewer.role() == Role.POLICE_LIAISON;
        List<PoliceRequestView> asked = requests.map(handle -> handle.openAndRecent(viewer)
                .map(found -> found.map(request -> requestView(request, work.today(), Optional.empty(), names, t))
                        .toJavaList()).getOrElse(List.of())).getOrElse(List.of());
        templates.render(ctx, "police.jte", new PolicePage(t, work.today().toString(),
                work.waiting().map(entry -> waiting(entry, mayAct, t)).toJavaList(),
                work.held().map(entry -> held(entry, work, names, t)).toJavaList(), work.dueForReview(), refusal, mayAct,
                asked, mayAct && requests.isDefined() ? Optional.of(ASK) : Optional.empty()));
    }

    private PolicePage.Waiting waiting(PoliceWork.Entry entry, boolean mayAct, Messages t) {
        Takedown takedown = entry.takedown();
        String id = entry.theCase().id().toString();
        List<TakedownSection.StepForm> steps = mayAct ? takedown.next().filter(step -> Recorders.may(Role.POLICE_LIAISON, step))
                .map(step -> stepForm(id, step, Role.POLICE_LIAISON)).toJavaList() : List.of();
        boolean mayHold = mayAct && takedown.hold().isEmpty() && !takedown.noticeSent();
        return new PolicePage.Waiting(id, CasePages.pathOf(id), entry.theCase().url().canonical(),
                takedown.procedure().name(), times.when(takedown.startedAt(), t), steps, mayHold, pathOf(HOLD, id));
    }

    private PolicePage.Held held(PoliceWork.Entry entry, PoliceWork work, StaffNames names, Messages t) {
        Takedown takedown = entry.takedown();
        var hold = takedown.hold().get();
        String id = entry.theCase().id().toString();
        return new PolicePage.Held(id, CasePages.pathOf(id), entry.theCase().url().canonical(), hold.reference(),
                names.of(hold.placedBy()), times.when(hold.placedAt(), t), hold.reviewBy().toString(),
                takedown.holdDueForReview(work.today()), pathOf(LIFT, id));
    }

    /** The takedown section of a case's page, for analysts and supervisors; none where the case has no takedown. */
    Optional<TakedownSection> section(Context ctx, SignedInStaff member) {
        if (!member.holds(Role.ANALYST) && !member.holds(Role.SUPERVISOR)) {
            return Optional.empty();
        }
        var found = takedowns.takedownOf(member.as(Role.ANALYST, Role.SUPERVISOR), ctx.pathParam("id"));
        if (found.isLeft() || found.get().isEmpty()) {
            return Optional.empty();
        }
        TakedownView view = found.get().get();
        Takedown takedown = view.takedown();
        Messages t = Languages.messagesFor(ctx);
        StaffNames names = StaffNames.of(staff);
        String id = takedown.caseId().toString();
        var next = takedown.next().map(Step::id);
        return Optional.of(new TakedownSection(takedown.procedure().name(),
                t.get("takedown.state." + takedown.state().name()), times.when(takedown.startedAt(), t),
                takedown.procedure().steps().map(step -> stepRow(takedown, step, next.contains(step.id()), names, t))
                        .toJavaList(),
                takedown.hold().map(hold -> new TakedownSection.Hold(hold.reference(), names.of(hold.placedBy()),
                        times.when(hold.placedAt(), t), hold.reviewBy().toString(), view.holdDue())).toJavaOptional(),
                takedown.liftedHolds().map(lifted -> new TakedownSection.Lifted(lifted.hold().reference(),
                        times.when(lifted.hold().placedAt(), t), names.of(lifted.liftedBy()), times.when(lifted.liftedAt(), t),
                        lifted.reason())).toJavaList(),
                ended(takedown.state(), t), takedown.timeToRemoval().map(took -> duration(took, t)).toJavaOptional(),
                view.recordable().map(step -> stepForm(id, step, view.role())).toJavaList(),
                view.mayRecordRemoval() ? Optional.of(pathOf(REMOVED, id)) : Optional.empty()));
    }

    private TakedownSection.StepRow stepRow(Takedown takedown, Step step, boolean next, StaffNames names, Messages t) {
        var done = takedown.done().find(d -> d.step().equals(step.id()));
        return new TakedownSection.StepRow(step.id(), step.description(), t.get("takedown.actor." + step.performer().name()),
                done.isDefined(), done.map(d -> recorder(d, names, t)).toJavaOptional(),
                done.map(d -> times.when(d.at(), t)).toJavaOptional(), done.flatMap(StepDone::note).toJavaOptional(), next);
    }

    private static String recorder(StepDone done, StaffNames names, Messages t) {
        return done.byTheProgram() ? t.get("takedown.byProgram") : names.of(done.recordedBy());
    }

    private Optional<String> ended(TakedownState state, Messages t) {
        if (state instanceof TakedownState.Removed removed) {
            return Optional.of(t.get("takedown.ended.removed", times.when(removed.at(), t), removed.evidence()));
        }
        if (state instanceof TakedownState.Withdrawn withdrawn) {
            return Optional.of(t.get("takedown.ended.withdrawn", times.when(withdrawn.at(), t), withdrawn.reason()));
        }
        return Optional.empty();
    }

    private static TakedownSection.StepForm stepForm(String caseId, Step step, Role role) {
        return new TakedownSection.StepForm(pathOf(STEP, caseId), step.id(), step.description(), role.name());
    }

    /** A time to removal in days, hours and minutes. */
    static String duration(Duration took, Messages t) {
        return t.get("takedown.duration", took.toDays(), took.toHoursPart(), took.toMinutesPart());
    }

    private static String pathOf(String route, String caseId) {
        return route.replace("{id}", caseId);
    }
}
