package org.hotline.adapters.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.vavr.control.Either;
import org.hotline.adapters.web.pages.AssessmentForm;
import org.hotline.adapters.web.pages.CasePage;
import org.hotline.adapters.web.pages.FieldErrors;
import org.hotline.domain.Rejection;
import org.hotline.domain.assessment.AppealAssessment;
import org.hotline.domain.assessment.AssessCase;
import org.hotline.domain.assessment.Assessment;
import org.hotline.domain.assessment.AssessmentDesk;
import org.hotline.domain.assessment.ClaimCase;
import org.hotline.domain.assessment.ViewCaseFile;
import org.hotline.domain.law.Classification;
import org.hotline.domain.law.Question;
import org.hotline.domain.law.Questionnaire;
import org.hotline.domain.report.CaseState;
import org.hotline.domain.report.Report;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.staff.ManageStaff;
import org.hotline.domain.staff.Role;
import org.hotline.domain.welfare.RevealPreview;

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

    private final ViewCaseFile caseFiles;
    private final ClaimCase claims;
    private final AssessCase assessment;
    private final AppealAssessment appeals;
    private final RevealPreview reveals;
    private final ManageStaff staff;
    private final CaseworkViews views;
    private final Templates templates;

    /** What this answer adds to the case file: the answers and their errors or preview, a refusal, a reveal. */
    private record Shown(Map<String, String> chosen, FieldErrors errors, Optional<Classification> preview,
            Optional<String> refusal, Optional<Integer> revealsToday) {

        static Shown file() {
            return new Shown(Map.of(), FieldErrors.none(), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /** A decision of one kind: previewed or recorded for a case, by a member acting in the role it needs. */
    @FunctionalInterface
    private interface Deciding<T> {
        Either<Rejection, T> decide(Acting who, String caseId, Map<String, String> answers);
    }

    CasePages(UseCases.Casework work, ManageStaff staff, CaseworkViews views, Templates templates) {
        this.caseFiles = work.caseFiles();
        this.claims = work.claims();
        this.assessment = work.assessment();
        this.appeals = work.appeals();
        this.reveals = work.reveals();
        this.staff = Objects.requireNonNull(staff, "staff");
        this.views = Objects.requireNonNull(views, "views");
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    static String pathOf(String caseId) {
        return PATH.replace("{id}", caseId);
    }

    void show(Context ctx) {
        render(ctx, Shown.file());
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
            refused(ctx, released.getLeft(), Map.of());
        }
    }

    void reveal(Context ctx) {
        var revealed = reveals.reveal(SignedInStaff.required(ctx).as(Role.ANALYST, Role.SUPERVISOR), ctx.pathParam("id"));
        if (revealed.isRight()) {
            render(ctx, new Shown(Map.of(), FieldErrors.none(), Optional.empty(), Optional.empty(),
                    Optional.of(revealed.get().revealsToday())));
        } else {
            refused(ctx, revealed.getLeft(), Map.of());
        }
    }

    private void previewOf(Context ctx, Role role, Deciding<Classification> previewing) {
        Map<String, String> answers = answers(ctx);
        var previewed = previewing.decide(SignedInStaff.required(ctx).as(role), ctx.pathParam("id"), answers);
        if (previewed.isRight()) {
            render(ctx, new Shown(answers, FieldErrors.none(), Optional.of(previewed.get()), Optional.empty(),
                    Optional.empty()));
        } else {
            refused(ctx, previewed.getLeft(), answers);
        }
    }

    private void decisionOf(Context ctx, Role role, Deciding<Assessment.Recorded> deciding) {
        Map<String, String> answers = answers(ctx);
        var recorded = deciding.decide(SignedInStaff.required(ctx).as(role), ctx.pathParam("id"), answers);
        if (recorded.isRight()) {
            ctx.redirect(pathOf(recorded.get().caseId().toString()) + "#history", HttpStatus.SEE_OTHER);
        } else {
            refused(ctx, recorded.getLeft(), answers);
        }
    }

    /** The page again with the reason, the answers kept and wrong ones marked beside their questions. */
    private void refused(Context ctx, Rejection rejection, Map<String, String> answers) {
        Rejections.refuseWholePage(rejection);
        ctx.status(Rejections.statusOf(rejection));
        Messages t = Languages.messagesFor(ctx);
        if (rejection.code().equals(AssessmentDesk.ANSWERS_INVALID)) {
            render(ctx, new Shown(answers, FieldErrors.of(rejection.fields(), t), Optional.empty(), Optional.empty(),
                    Optional.empty()));
        } else {
            render(ctx, new Shown(answers, FieldErrors.none(), Optional.empty(), Optional.of(Rejections.message(rejection, t)),
                    Optional.empty()));
        }
    }

    /** The answers as the form sent them, by question identifier: every field but the form token. */
    private static Map<String, String> answers(Context ctx) {
        Map<String, String> answers = new TreeMap<>();
        ctx.formParamMap().forEach((name, values) -> {
            if (!name.equals(FormTokens.FIELD) && !values.isEmpty() && !values.get(0).isBlank()) {
                answers.put(name, values.get(0));
            }
        });
        return answers;
    }

    private void render(Context ctx, Shown shown) {
        SignedInStaff member = SignedInStaff.required(ctx);
        var opened = caseFiles.open(member.as(Role.ANALYST, Role.SUPERVISOR), ctx.pathParam("id"));
        if (opened.isLeft()) {
            Rejections.refuseWholePage(opened.getLeft());
            throw new Refusal(HttpStatus.CONFLICT, "page.conflict", opened.getLeft().detail());
        }
        ViewCaseFile.CaseFile file = opened.get();
        Messages t = Languages.messagesFor(ctx);
        StaffNames names = StaffNames.of(staff);
        Times times = views.times();
        Questionnaire questionnaire = assessment.questionnaire();
        String id = file.theCase().id().toString();
        var welfare = views.bannerFor(member);
        boolean claimant = member.holds(Role.ANALYST) && file.claimHolder().contains(member.id());
        boolean appealable = member.holds(Role.SUPERVISOR) && !file.assessments().isEmpty();
        Optional<AssessmentForm> form = claimant || appealable
                ? Optional.of(new AssessmentForm(!claimant, pathOf(id) + (claimant ? "/preview" : "/appeal/preview"),
                        pathOf(id) + (claimant ? "/confirm" : "/appeal"), questions(questionnaire), shown.chosen(),
                        shown.errors(), shown.preview().map(CaseworkViews::verdictOf)))
                : Optional.empty();
        CaseState state = file.state();
        Optional<String> closure = state instanceof CaseState.Closed closed
                ? Optional.of(t.get("closure." + closed.reason().name()) + closed.note().map(note -> ": " + note).getOrElse(""))
                : Optional.empty();
        var theCase = new CasePage.CaseView(id, file.theCase().url().canonical(), times.when(file.theCase().openedAt()),
                state.name(), closure, views.claimOf(state, names, member.id()), file.signals().reports(),
                file.signals().referred(), file.signals().visual());
        boolean mayClaim = welfare.mayClaim() && state instanceof CaseState.AwaitingAssessment;
        templates.render(ctx, "case.jte", new CasePage(t, theCase, reports(file, t), history(file, questionnaire, names),
                welfare, mayClaim, claimant, form, shown.revealsToday().isPresent(), shown.revealsToday().orElse(0),
                shown.refusal()));
    }

    private List<CasePage.ReportView> reports(ViewCaseFile.CaseFile file, Messages t) {
        Times times = views.times();
        return file.reports().map((Report report) -> new CasePage.ReportView(report.reference().value(),
                times.when(report.receivedAt()), report.channel().name(), CaseworkViews.seen(report.seen(), t),
                report.description().toJavaOptional(), report.contact().isDefined(), report.urls().size())).toJavaList();
    }

    private List<CasePage.Decision> history(ViewCaseFile.CaseFile file, Questionnaire questionnaire, StaffNames names) {
        Times times = views.times();
        return file.assessments().map(decision -> new CasePage.Decision(decision.kind().name(),
                names.of(decision.assessor()), times.when(decision.at()), decision.jurisdiction().value(),
                answered(decision, questionnaire), CaseworkViews.verdictOf(decision.classification()))).toJavaList();
    }

    /** The recorded answers in the order and words of the questionnaire; an answer it no longer asks, as recorded. */
    private static List<CasePage.Answered> answered(Assessment decision, Questionnaire questionnaire) {
        var asked = questionnaire.questions().filter(q -> decision.answers().containsKey(q.id()))
                .map(q -> new CasePage.Answered(q.label(), decision.answers().get(q.id())
                        .flatMap(q::answer).map(org.hotline.domain.law.Answer::label)
                        .getOrElse(() -> decision.answers().get(q.id()).get())));
        var others = decision.answers().filterKeys(key -> questionnaire.questions().forAll(q -> !q.id().equals(key)))
                .map(entry -> new CasePage.Answered(entry._1, entry._2));
        return asked.appendAll(others).toJavaList();
    }

    private static List<AssessmentForm.QuestionView> questions(Questionnaire questionnaire) {
        return questionnaire.questions().map((Question q) -> new AssessmentForm.QuestionView(q.id(), q.label(), q.help(),
                q.answers().map(a -> new AssessmentForm.Choice(a.id(), a.label())).toJavaList())).toJavaList();
    }
}
