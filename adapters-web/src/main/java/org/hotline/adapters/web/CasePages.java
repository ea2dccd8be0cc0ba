package org.hotline.adapters.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.vavr.control.Either;
import org.hotline.adapters.web.pages.AssessmentForm;
import org.hotline.adapters.web.pages.CaptureView;
import org.hotline.adapters.web.pages.CasePage;
import org.hotline.adapters.web.pages.FieldErrors;
import org.hotline.adapters.web.pages.LegalDecisionForm;
import org.hotline.domain.Rejection;
import org.hotline.domain.assessment.AppealAssessment;
import org.hotline.domain.assessment.AssessCase;
import org.hotline.domain.assessment.Assessment;
import org.hotline.domain.assessment.AssessmentRefusal;
import org.hotline.domain.assessment.ClaimCase;
import org.hotline.domain.assessment.DecideLegalReview;
import org.hotline.domain.assessment.LawDateCorrection;
import org.hotline.domain.assessment.LegalDecision;
import org.hotline.domain.assessment.LegalDecisionRefusal;
import org.hotline.domain.assessment.ViewCaseFile;
import org.hotline.domain.law.Classification;
import org.hotline.domain.law.Question;
import org.hotline.domain.law.LawWording;
import org.hotline.domain.law.Questionnaire;
import org.hotline.domain.report.CaseState;
import org.hotline.domain.report.Report;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.staff.ManageStaff;
import org.hotline.domain.staff.Role;

/**
 * The case page and what is done on it: the case file (every opening audited by the domain), claiming and releasing,
 * the claimant analyst's assessment and a supervisor's appeal (each previewed before it is confirmed), and the
 * deliberate reveal of the preview. A change that succeeds goes on by redirect; a refusal shows the page again with
 * the reason and nothing changed; an unknown case is a page of its own (404).
 */
final class CasePages {

    static final String PATH = "/cases/{id}";
    static final String CLAIM = PATH + "/claim";
    static final String RELEASE = PATH + "/release";
    static final String PREVIEW = PATH + "/preview";
    static final String CONFIRM = PATH + "/confirm";
    static final String APPEAL_PREVIEW = PATH + "/appeal/preview";
    static final String APPEAL = PATH + "/appeal";
    static final String REVEAL = PATH + "/reveal";
    static final String LEGAL_DECISION = PATH + "/legal-decision";
    /** The attribute a page that shows the case again after a refusal puts the refusal in, in words. */
    static final String REFUSAL = "hotline.case.refusal";
    private static final java.util.Set<String> NOT_ANSWERS = java.util.Set.of(FormTokens.FIELD,
            LawDateCorrection.DAY_FIELD, LawDateCorrection.REASON_FIELD);

    private final ViewCaseFile caseFiles;
    private final ClaimCase claims;
    private final AssessCase assessment;
    private final AppealAssessment appeals;
    private final DecideLegalReview legalReview;
    private final CapturePages capture;
    private final ManageStaff staff;
    private final CaseworkViews views;
    private final Templates templates;
    private final HostingPages hosting;
    private final io.vavr.control.Option<org.hotline.domain.exchange.ViewReferrals> referrals;
    private final Optional<TakedownPages> takedowns;
    private final io.vavr.control.Option<org.hotline.domain.recheck.ViewRechecks> rechecks;

    /**
     * What this answer adds to the case file: the answers (and the day whose law applies, as typed) and their errors
     * or preview, a refusal, a reveal, or a legal decision as typed and its errors.
     */
    private record Shown(Map<String, String> chosen, FieldErrors errors, Optional<Classification> preview,
            Optional<String> refusal, Optional<CapturePages.Revealed> revealed, Optional<LegalDecision> legalTyped,
            FieldErrors legalErrors) {

        static Shown file() {
            return answers(Map.of(), FieldErrors.none(), Optional.empty(), Optional.empty());
        }

        static Shown answers(Map<String, String> chosen, FieldErrors errors, Optional<Classification> preview,
                Optional<String> refusal) {
            return new Shown(chosen, errors, preview, refusal, Optional.empty(), Optional.empty(), FieldErrors.none());
        }
    }

    /** A decision of one kind: previewed or recorded for a case, by a member acting in the role it needs. */
    @FunctionalInterface
    private interface Deciding<T> {
        Either<Rejection<AssessmentRefusal>, T> decide(Acting who, String caseId, Map<String, String> answers,
                io.vavr.control.Option<LawDateCorrection> correction);
    }

    CasePages(UseCases.Casework work, ManageStaff staff, CaseworkViews views, Templates templates, HostingPages hosting,
            io.vavr.control.Option<org.hotline.domain.exchange.ViewReferrals> referrals, Optional<TakedownPages> takedowns,
            io.vavr.control.Option<org.hotline.domain.recheck.ViewRechecks> rechecks) {
        this.takedowns = Objects.requireNonNull(takedowns, "takedowns");
        this.hosting = Objects.requireNonNull(hosting, "hosting");
        this.referrals = Objects.requireNonNull(referrals, "referrals");
        this.rechecks = Objects.requireNonNull(rechecks, "rechecks");
        this.caseFiles = work.caseFiles();
        this.claims = work.claims();
        this.assessment = work.assessment();
        this.appeals = work.appeals();
        this.legalReview = work.legalReview();
        this.capture = new CapturePages(work.capture(), views.times());
        this.staff = Objects.requireNonNull(staff, "staff");
        this.views = Objects.requireNonNull(views, "views");
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    static String pathOf(String caseId) {
        return PATH.replace("{id}", caseId);
    }

    void show(Context ctx) {
        String refusal = ctx.attribute(REFUSAL);
        render(ctx, refusal == null ? Shown.file()
                : Shown.answers(Map.of(), FieldErrors.none(), Optional.empty(), Optional.of(refusal)));
    }

    void preview(Context ctx) {
        previewOf(ctx, Role.ANALYST, assessment::preview);
    }

    void confirm(Context ctx) {
        decisionOf(ctx, Role.ANALYST, assessment::confirm);
    }

    void previewAppeal(Context ctx) {
        previewOf(ctx, Role.SUPERVISOR, appeals::previewAppeal);
    }

    void appeal(Context ctx) {
        decisionOf(ctx, Role.SUPERVISOR, appeals::appeal);
    }

    void release(Context ctx) {
        var released = claims.release(SignedInStaff.required(ctx).as(Role.ANALYST), ctx.pathParam("id"));
        if (released.isRight()) {
            ctx.redirect(QueuePages.QUEUE, HttpStatus.SEE_OTHER);
        } else {
            refused(ctx, released.getLeft(), Rejections.answer(released.getLeft().reason()), Map.of());
        }
    }

    /** Reveals one captured image (the form names it): the case page with that image in colour, counted. */
    void reveal(Context ctx) {
        String item = Objects.requireNonNullElse(ctx.formParam(CapturePages.ITEM_FIELD), "");
        var revealed = capture.previews().reveal(SignedInStaff.required(ctx).as(Role.ANALYST, Role.SUPERVISOR),
                ctx.pathParam("id"), item);
        if (revealed.isRight()) {
            render(ctx, new Shown(Map.of(), FieldErrors.none(), Optional.empty(), Optional.empty(),
                    Optional.of(new CapturePages.Revealed(item, revealed.get())), Optional.empty(), FieldErrors.none()));
        } else {
            refused(ctx, revealed.getLeft(), Rejections.answer(revealed.getLeft().reason()), Map.of());
        }
    }

    void captureAgain(Context ctx) {
        capture.captureAgain(ctx, this);
    }

    void previewImage(Context ctx) {
        capture.previewImage(ctx);
    }

    /** The case page again with why the reader's request was refused. */
    void refusedWith(Context ctx, Rejection<?> rejection, Rejections.Answer answer) {
        refused(ctx, rejection, answer, Map.of());
    }

    /** The legal adviser's decision: recorded and followed, or the form again with what was wrong beside each field. */
    void decideLegalReview(Context ctx) {
        LegalDecision typed = new LegalDecision(ctx.formParam(LegalDecision.OUTCOME), ctx.formParams(LegalDecision.CITATIONS),
                ctx.formParam(LegalDecision.OTHER_CITATION), ctx.formParam(LegalDecision.OTHER_IN_FORCE_FROM),
                ctx.formParam(LegalDecision.REASONING), ctx.formParam(LawDateCorrection.DAY_FIELD),
                ctx.formParam(LawDateCorrection.REASON_FIELD));
        var decided = legalReview.decide(SignedInStaff.required(ctx).as(Role.LEGAL_ADVISER), ctx.pathParam("id"), typed);
        if (decided.isRight()) {
            ctx.redirect(pathOf(decided.get().caseId().toString()) + "#history", HttpStatus.SEE_OTHER);
            return;
        }
        Rejection<LegalDecisionRefusal> rejection = decided.getLeft();
        Rejections.Answer answer = Rejections.answer(rejection.reason());
        Rejections.refuseWholePage(answer, rejection);
        ctx.status(Rejections.statusOf(answer));
        Messages t = Languages.messagesFor(ctx);
        boolean input = answer == Rejections.Answer.INVALID_INPUT;
        render(ctx, new Shown(Map.of(), FieldErrors.none(), Optional.empty(),
                input ? Optional.empty() : Optional.of(Rejections.message(rejection, t)), Optional.empty(),
                Optional.of(typed), input ? FieldErrors.of(rejection.fields(), t) : FieldErrors.none()));
    }

    private void previewOf(Context ctx, Role role, Deciding<Classification> previewing) {
        Map<String, String> answers = answers(ctx);
        var previewed = correction(ctx).flatMap(correction ->
                previewing.decide(SignedInStaff.required(ctx).as(role), ctx.pathParam("id"), answers, correction));
        if (previewed.isRight()) {
            render(ctx, Shown.answers(typed(ctx), FieldErrors.none(), Optional.of(previewed.get()), Optional.empty()));
        } else {
            refused(ctx, previewed.getLeft(), Rejections.answer(previewed.getLeft().reason()), typed(ctx));
        }
    }

    private void decisionOf(Context ctx, Role role, Deciding<Assessment.Recorded> deciding) {
        Map<String, String> answers = answers(ctx);
        var recorded = correction(ctx).flatMap(correction ->
                deciding.decide(SignedInStaff.required(ctx).as(role), ctx.pathParam("id"), answers, correction));
        if (recorded.isRight()) {
            ctx.redirect(pathOf(recorded.get().caseId().toString()) + "#history", HttpStatus.SEE_OTHER);
        } else {
            refused(ctx, recorded.getLeft(), Rejections.answer(recorded.getLeft().reason()), typed(ctx));
        }
    }

    /** The day the material was seen, as the form sends it: none when unchanged or blank; the problem when no date. */
    private static Either<Rejection<AssessmentRefusal>, io.vavr.control.Option<LawDateCorrection>> correction(Context ctx) {
        return LawDateCorrection.fromForm(ctx.formParam(LawDateCorrection.DAY_FIELD),
                ctx.formParam(LawDateCorrection.REASON_FIELD)).mapLeft(errors -> Rejection.ofFields(
                AssessmentRefusal.ANSWERS_INVALID, "The day the material was seen is not a date.", errors));
    }

    /** The page again with the reason, the answers kept and wrong ones marked beside their questions. */
    private void refused(Context ctx, Rejection<?> rejection, Rejections.Answer answer, Map<String, String> answers) {
        Rejections.refuseWholePage(answer, rejection);
        ctx.status(Rejections.statusOf(answer));
        Messages t = Languages.messagesFor(ctx);
        if (answer == Rejections.Answer.INVALID_INPUT) {
            render(ctx, Shown.answers(answers, FieldErrors.of(rejection.fields(), t), Optional.empty(), Optional.empty()));
        } else {
            render(ctx, Shown.answers(answers, FieldErrors.none(), Optional.empty(), Optional.of(Rejections.message(rejection, t))));
        }
    }

    /** The answers as the form sent them, by question identifier: every field but the form token and the law's day. */
    private static Map<String, String> answers(Context ctx) {
        Map<String, String> answers = new TreeMap<>(typed(ctx));
        answers.keySet().removeAll(NOT_ANSWERS);
        return answers;
    }

    /** Every field the form sent but the form token, to show the form again as it was. */
    private static Map<String, String> typed(Context ctx) {
        Map<String, String> typed = new TreeMap<>();
        ctx.formParamMap().forEach((name, values) -> {
            if (!name.equals(FormTokens.FIELD) && !values.isEmpty() && !values.get(0).isBlank()) {
                typed.put(name, values.get(0));
            }
        });
        return typed;
    }

    private void render(Context ctx, Shown shown) {
        SignedInStaff member = SignedInStaff.required(ctx);
        var opened = caseFiles.open(member.as(Role.ANALYST, Role.SUPERVISOR, Role.LEGAL_ADVISER), ctx.pathParam("id"));
        if (opened.isLeft()) {
            Rejections.refuseWholePage(Rejections.answer(opened.getLeft().reason()), opened.getLeft());
            throw new IllegalStateException("a case file is refused only for an unknown case or a role: " + opened.getLeft());
        }
        ViewCaseFile.CaseFile file = opened.get();
        Messages t = Languages.messagesFor(ctx);
        StaffNames names = StaffNames.of(staff);
        Questionnaire questionnaire = assessment.questionnaire();
        var welfare = views.bannerFor(member);
        boolean claimant = member.holds(Role.ANALYST) && file.claimHolder().contains(member.id());
        CaseState state = file.state();
        boolean mayClaim = welfare.mayClaim() && state instanceof CaseState.AwaitingAssessment;
        templates.render(ctx, "case.jte", new CasePage(t, caseView(file, member, names, t), reports(file, t),
                history(file, questionnaire, names, t), welfare, mayClaim, claimant,
                assessmentForm(file, member, claimant, shown, t), legalDecisionForm(file, member, shown, t),
                capture.view(member, file.theCase().id().toString(), t, shown.revealed(),
                        Optional.ofNullable(ctx.queryParam(CapturePages.SHOW_PARAMETER))),
                shown.revealed().map(r -> r.preview().revealsToday()), shown.refusal(),
                hosting.section(ctx, member), referrals(file, t),
                takedowns.flatMap(pages -> pages.section(ctx, member)), rechecks(file, t),
                takedowns.map(pages -> pages.requestsOf(ctx, member)).orElse(java.util.List.of())));
    }

    /** The latest re-checks of the case's takedown, the latest first. */
    private java.util.List<CasePage.RecheckView> rechecks(ViewCaseFile.CaseFile file, Messages t) {
        return rechecks.map(view -> view.ofCase(file.theCase().id(), RECHECKS_SHOWN).map(recheck ->
                new CasePage.RecheckView(recheck.outcome().name(), t.get(recheck.outcome().code()),
                        views.times().when(recheck.at(), t), recheck.detail())).toJavaList())
                .getOrElse(java.util.List.of());
    }

    /** The most re-checks a case page shows. */
    static final int RECHECKS_SHOWN = 10;

    /** The case's referrals through the network exchange, each with its statuses and their times. */
    private java.util.List<CasePage.ReferralView> referrals(ViewCaseFile.CaseFile file, Messages t) {
        Times times = views.times();
        return referrals.map(view -> view.referralsOf(file.theCase().id()).map(record -> {
            var referral = record.referral();
            boolean sent = record.direction() == org.hotline.domain.exchange.ReferralRecord.Direction.OUTGOING;
            return new CasePage.ReferralView(referral.id().toString(), sent,
                    (sent ? referral.to() : referral.from()).value(), times.when(referral.at(), t),
                    referral.verdict().describe(), record.statuses().map(status -> new CasePage.StatusView(
                            status.status().code(), times.when(status.at(), t), status.describe())).toJavaList(),
                    referral.items().size(), sent ? java.util.List.of() : knownCarried(view, referral, t));
        }).toJavaList()).getOrElse(java.util.List.of());
    }

    /** The items a received referral carries that are on this hotline's lists: one fact an item, its matches in words. */
    private static java.util.List<CaptureView.Fact> knownCarried(org.hotline.domain.exchange.ViewReferrals view,
            org.hotline.domain.exchange.Referral referral, Messages t) {
        return view.knownItems(referral).toList().map(known -> new CaptureView.Fact(
                t.get("referrals.knownItem", known._1.sha256().substring(0, 16)), known._2.map(match -> t.get(
                        "known.match.list", match.list().value(), match.jurisdiction().value()) + ": " + t.get(
                        "known.match.entry", match.classification().toString(), match.entry(),
                        match.stored().algorithm().written(), match.distance())).mkString("; "))).toJavaList();
    }

    private CasePage.CaseView caseView(ViewCaseFile.CaseFile file, SignedInStaff member, StaffNames names, Messages t) {
        CaseState state = file.state();
        Optional<String> closure = state instanceof CaseState.Closed closed
                ? Optional.of(t.get("closure." + closed.reason().name()) + closed.note().map(note -> ": " + note).getOrElse(""))
                : Optional.empty();
        return new CasePage.CaseView(file.theCase().id().toString(), file.theCase().url().canonical(),
                views.times().when(file.theCase().openedAt(), t), state.name(), closure,
                views.claimOf(state, names, member.id(), t), file.signals().reports(), file.signals().referred(),
                file.signals().visual());
    }

    /** The claimant analyst's assessment form, or a supervisor's appeal form on an assessed case; none otherwise. */
    private Optional<AssessmentForm> assessmentForm(ViewCaseFile.CaseFile file, SignedInStaff member, boolean claimant,
            Shown shown, Messages t) {
        LawWording wording = views.wording(t);
        boolean appealable = member.holds(Role.SUPERVISOR) && !file.assessments().isEmpty();
        if (!claimant && !appealable) {
            return Optional.empty();
        }
        String id = file.theCase().id().toString();
        String lawDate = shown.chosen().getOrDefault(LawDateCorrection.DAY_FIELD, assessment.lawDateOf(file).toString());
        return Optional.of(new AssessmentForm(!claimant, pathOf(id) + (claimant ? "/preview" : "/appeal/preview"),
                pathOf(id) + (claimant ? "/confirm" : "/appeal"), questions(assessment.questionnaire(), wording), shown.chosen(),
                shown.errors(), shown.preview().map(preview -> CaseworkViews.verdictOf(preview, wording)), lawDate,
                shown.chosen().getOrDefault(LawDateCorrection.REASON_FIELD, "")));
    }

    /** A legal adviser's decision form, on a case that awaits a legal review; none otherwise. */
    private Optional<LegalDecisionForm> legalDecisionForm(ViewCaseFile.CaseFile file, SignedInStaff member, Shown shown,
            Messages t) {
        if (!member.holds(Role.LEGAL_ADVISER) || !(file.state() instanceof CaseState.AwaitingLegalReview)) {
            return Optional.empty();
        }
        var provisions = legalReview.provisions().map(p -> new LegalDecisionForm.Provision(p.citation(), views.wording(t).citation(p),
                p.effectiveFrom().toString(), p.effectiveUntil().map(LocalDate::toString).toJavaOptional(), p.verified()))
                .toJavaList();
        LegalDecision typed = shown.legalTyped().orElse(new LegalDecision(null, List.of(), "", "", "",
                assessment.lawDateOf(file).toString(), ""));
        Map<String, String> fields = new TreeMap<>();
        fields.put(LegalDecision.OUTCOME, typed.outcome() == null ? "" : typed.outcome());
        fields.put(LegalDecision.OTHER_CITATION, typed.otherCitation());
        fields.put(LegalDecision.OTHER_IN_FORCE_FROM, typed.otherInForceFrom());
        fields.put(LegalDecision.REASONING, typed.reasoning());
        fields.put(LawDateCorrection.DAY_FIELD, typed.lawDate());
        fields.put(LawDateCorrection.REASON_FIELD, typed.lawDateReason());
        return Optional.of(new LegalDecisionForm(pathOf(file.theCase().id().toString()) + "/legal-decision", provisions,
                fields, java.util.Set.copyOf(typed.citations()), shown.legalErrors()));
    }

    private List<CasePage.ReportView> reports(ViewCaseFile.CaseFile file, Messages t) {
        Times times = views.times();
        return file.reports().map((Report report) -> new CasePage.ReportView(report.reference().value(),
                times.when(report.receivedAt(), t), report.channel().name(), CaseworkViews.seen(report.seen(), t),
                report.description().toJavaOptional(), report.contact().isDefined(), report.urls().size())).toJavaList();
    }

    private List<CasePage.Decision> history(ViewCaseFile.CaseFile file, Questionnaire questionnaire, StaffNames names,
            Messages t) {
        Times times = views.times();
        return file.assessments().map(decision -> new CasePage.Decision(decision.kind().name(),
                decision.assessor().map(names::of).getOrElse(() -> t.get("decision.bySystem")), times.when(decision.at(), t), decision.jurisdiction().value(),
                answered(decision, questionnaire, views.wording(t)),
                CaseworkViews.verdictOf(decision, views.wording(t)))).toJavaList();
    }

    /** The recorded answers in the order and words of the questionnaire; an answer it no longer asks, as recorded. */
    private static List<CasePage.Answered> answered(Assessment decision, Questionnaire questionnaire, LawWording wording) {
        var asked = questionnaire.questions().filter(q -> decision.answers().containsKey(q.id()))
                .map(q -> new CasePage.Answered(wording.question(q), decision.answers().get(q.id())
                        .flatMap(q::answer).map(answer -> wording.answer(q, answer))
                        .getOrElse(() -> decision.answers().get(q.id()).get())));
        var others = decision.answers().filterKeys(key -> questionnaire.questions().forAll(q -> !q.id().equals(key)))
                .map(entry -> new CasePage.Answered(entry._1, entry._2));
        return asked.appendAll(others).toJavaList();
    }

    private static List<AssessmentForm.QuestionView> questions(Questionnaire questionnaire, LawWording wording) {
        return questionnaire.questions().map((Question q) -> new AssessmentForm.QuestionView(q.id(), wording.question(q),
                wording.help(q), q.answers().map(a -> new AssessmentForm.Choice(a.id(), wording.answer(q, a))).toJavaList()))
                .toJavaList();
    }
}
