package org.hotline.adapters.web;

import java.util.Objects;
import java.util.Optional;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.vavr.control.Either;
import org.hotline.adapters.web.pages.QueuePage;
import org.hotline.adapters.web.pages.WelfareBanner;
import org.hotline.domain.Rejection;
import org.hotline.domain.assessment.ClaimCase;
import org.hotline.domain.report.Case;
import org.hotline.domain.report.ListAnalystQueue;
import org.hotline.domain.report.ListWaitingCases;
import org.hotline.domain.report.QueueEntry;
import org.hotline.domain.report.Stage;
import org.hotline.domain.staff.ManageStaff;
import org.hotline.domain.staff.Role;

/**
 * The lists of waiting cases: the analyst queue, and the cases awaiting the hosting trace or a legal review; and
 * claiming from the queue. A claim that succeeds opens the case; a refused one shows the queue again with the reason.
 */
final class QueuePages {

    static final String QUEUE = QueuePage.LISTS.get(0).path();
    static final String HOSTING_TRACE = QueuePage.LISTS.get(1).path();
    static final String LEGAL_REVIEW = QueuePage.LISTS.get(2).path();
    static final String CLAIM_NEXT = "/queue/claim-next";
    static final int PAGE_SIZE = 200;

    private final ListAnalystQueue queue;
    private final ListWaitingCases waiting;
    private final ClaimCase claims;
    private final ManageStaff staff;
    private final CaseworkViews views;
    private final Templates templates;

    QueuePages(ListAnalystQueue queue, UseCases.Casework work, ManageStaff staff, CaseworkViews views, Templates templates) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.waiting = work.waitingCases();
        this.claims = work.claims();
        this.staff = Objects.requireNonNull(staff, "staff");
        this.views = Objects.requireNonNull(views, "views");
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    void show(Context ctx) {
        showQueue(ctx, Optional.empty());
    }

    void showHostingTrace(Context ctx) {
        render(ctx, Stage.HOSTING_TRACE, waiting.waitingAt(Stage.HOSTING_TRACE, PAGE_SIZE), WelfareBanner.none(), false,
                Optional.empty());
    }

    void showLegalReview(Context ctx) {
        render(ctx, Stage.LEGAL_REVIEW, waiting.waitingAt(Stage.LEGAL_REVIEW, PAGE_SIZE), WelfareBanner.none(), false,
                Optional.empty());
    }

    void claimNext(Context ctx) {
        SignedInStaff member = SignedInStaff.required(ctx);
        opened(ctx, claims.claimNext(member.as(Role.ANALYST)));
    }

    void claim(Context ctx) {
        SignedInStaff member = SignedInStaff.required(ctx);
        opened(ctx, claims.claim(member.as(Role.ANALYST), ctx.pathParam("id")));
    }

    /** A claimed case opens at once; a refusal shows the queue again, saying why. */
    private void opened(Context ctx, Either<Rejection, Case.Claimed> claimed) {
        if (claimed.isRight()) {
            ctx.redirect(CasePages.pathOf(claimed.get().caseId().toString()), HttpStatus.SEE_OTHER);
            return;
        }
        Rejection refused = claimed.getLeft();
        Rejections.refuseWholePage(refused);
        ctx.status(Rejections.statusOf(refused));
        showQueue(ctx, Optional.of(Rejections.message(refused, Languages.messagesFor(ctx))));
    }

    private void showQueue(Context ctx, Optional<String> refusal) {
        WelfareBanner banner = views.bannerFor(SignedInStaff.required(ctx));
        render(ctx, Stage.ASSESSMENT, queue.list(PAGE_SIZE), banner, banner.mayClaim(), refusal);
    }

    private void render(Context ctx, Stage stage, ListAnalystQueue.AnalystQueue list, WelfareBanner banner,
            boolean mayClaim, Optional<String> refusal) {
        SignedInStaff member = SignedInStaff.required(ctx);
        StaffNames names = StaffNames.of(staff);
        Messages t = Languages.messagesFor(ctx);
        var rows = list.entries().map(entry -> row(entry, names, member, t)).toJavaList();
        templates.render(ctx, "queue.jte", new QueuePage(t, stage.name(), rows, list.waiting(),
                list.openCases(), mayClaim, banner, refusal));
    }

    private QueuePage.Row row(QueueEntry entry, StaffNames names, SignedInStaff reader, Messages t) {
        Times times = views.times();
        var reports = entry.earliestReports().map(r -> new QueuePage.FoldedReport(r.reference().value(),
                times.when(r.receivedAt()), r.channel().name(),
                CaseworkViews.seen(r.seen(), t))).toJavaList();
        return new QueuePage.Row(entry.caseId().toString(), entry.url().canonical(), times.when(entry.openedAt()),
                entry.priority().name(), entry.state().name(), entry.reportCount(), reports,
                views.claimOf(entry.state(), names, reader.id()));
    }
}
