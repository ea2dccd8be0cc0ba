package org.hotline.adapters.web;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.vavr.control.Either;
import org.hotline.adapters.web.pages.FieldErrors;
import org.hotline.adapters.web.pages.FindPage;
import org.hotline.adapters.web.pages.QueuePage;
import org.hotline.adapters.web.pages.WelfareBanner;
import org.hotline.domain.Rejection;
import org.hotline.domain.assessment.ClaimRefusal;
import org.hotline.domain.assessment.ClaimCase;
import org.hotline.domain.report.Case;
import org.hotline.domain.report.ListAnalystQueue;
import org.hotline.domain.report.FindCase;
import org.hotline.domain.report.ListWaitingCases;
import org.hotline.domain.report.QueueFilter;
import org.hotline.domain.report.QueueRequest;
import org.hotline.domain.report.QueueEntry;
import org.hotline.domain.report.Stage;
import org.hotline.domain.staff.ManageStaff;
import org.hotline.domain.staff.Role;

/**
 * The lists of waiting cases: the analyst queue, the cases awaiting the hosting trace or a legal review, and those to
 * refer or for the police once their hosting country is settled, each a
 * page at a time and narrowed by priority, how long cases have waited and host (all in the address, so that a list
 * can be bookmarked and shared); finding a case by reference or address; and claiming from the queue. A claim that
 * succeeds opens the case; a refused one shows the queue again with the reason.
 */
final class QueuePages {

    static final String QUEUE = QueuePage.LISTS.get(0).path();
    static final String HOSTING_TRACE = QueuePage.LISTS.get(1).path();
    static final String LEGAL_REVIEW = QueuePage.LISTS.get(2).path();
    static final String TO_REFER = QueuePage.LISTS.get(3).path();
    static final String FOR_POLICE = QueuePage.LISTS.get(4).path();
    static final String CLAIM_NEXT = "/queue/claim-next";
    static final String FIND = "/queue/find";
    static final int PAGE_SIZE = 50;
    /** The furthest page asked for that is read as a page: past the end of any list, but not past arithmetic. */
    private static final long LAST_PAGE = 1_000_000;

    private final ListAnalystQueue queue;
    private final ListWaitingCases waiting;
    private final FindCase finder;
    private final ClaimCase claims;
    private final ManageStaff staff;
    private final CaseworkViews views;
    private final Templates templates;
    private final org.hotline.domain.capture.job.ViewCaptures captures;

    QueuePages(ListAnalystQueue queue, FindCase finder, UseCases.Casework work, ManageStaff staff, CaseworkViews views,
            Templates templates) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.finder = Objects.requireNonNull(finder, "finder");
        this.waiting = work.waitingCases();
        this.claims = work.claims();
        this.captures = work.capture().captures();
        this.staff = Objects.requireNonNull(staff, "staff");
        this.views = Objects.requireNonNull(views, "views");
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    void show(Context ctx) {
        showQueue(ctx, Optional.empty());
    }

    void showHostingTrace(Context ctx) {
        Asked asked = asked(ctx, Stage.HOSTING_TRACE);
        render(ctx, Stage.HOSTING_TRACE, waiting.waitingAt(asked.request()), WelfareBanner.none(), false,
                Optional.empty(), asked);
    }

    /** The cases whose hosting country has a member hotline: to be referred once the exchange is connected. */
    void showToRefer(Context ctx) {
        showWaiting(ctx, Stage.REFERRAL);
    }

    /** The cases hosted where no member hotline is: the police liaison's tasks. */
    void showForPolice(Context ctx) {
        showWaiting(ctx, Stage.POLICE);
    }

    private void showWaiting(Context ctx, Stage stage) {
        Asked asked = asked(ctx, stage);
        render(ctx, stage, waiting.waitingAt(asked.request()), WelfareBanner.none(), false, Optional.empty(), asked);
    }

    void showLegalReview(Context ctx) {
        Asked asked = asked(ctx, Stage.LEGAL_REVIEW);
        render(ctx, Stage.LEGAL_REVIEW, waiting.waitingAt(asked.request()), WelfareBanner.none(), false,
                Optional.empty(), asked);
    }

    /** The cases of a reference or an address, open or closed; what is neither is shown beside the search field. */
    void find(Context ctx) {
        String query = Objects.requireNonNullElse(ctx.queryParam("q"), "");
        Messages t = Languages.messagesFor(ctx);
        var found = finder.find(query);
        FieldErrors errors = FieldErrors.none();
        List<FindPage.Found> cases = List.of();
        if (found.isLeft()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            errors = FieldErrors.of(List.of(found.getLeft()), t);
        } else {
            Times times = views.times();
            cases = found.get().map(c -> new FindPage.Found(c.id().toString(), c.url().canonical(), c.state().name(),
                    times.when(c.openedAt(), t))).toJavaList();
        }
        templates.render(ctx, "find.jte", new FindPage(t, Forms.limited(query, 4096), cases, errors));
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
    private void opened(Context ctx, Either<Rejection<ClaimRefusal>, Case.Claimed> claimed) {
        if (claimed.isRight()) {
            ctx.redirect(CasePages.pathOf(claimed.get().caseId().toString()), HttpStatus.SEE_OTHER);
            return;
        }
        Rejection<ClaimRefusal> refused = claimed.getLeft();
        Rejections.Answer answer = Rejections.answer(refused.reason());
        Rejections.refuseWholePage(answer, refused);
        ctx.status(Rejections.statusOf(answer));
        showQueue(ctx, Optional.of(Rejections.message(refused, Languages.messagesFor(ctx))));
    }

    private void showQueue(Context ctx, Optional<String> refusal) {
        WelfareBanner banner = views.bannerFor(SignedInStaff.required(ctx));
        Asked asked = asked(ctx, Stage.ASSESSMENT);
        render(ctx, Stage.ASSESSMENT, queue.list(asked.request()), banner, banner.mayClaim(), refusal, asked);
    }

    /**
     * What the address asks of a list: the narrowing and the page. A narrowing that cannot be read is shown beside its
     * field (400), and the list shown whole; a page that is not a number is the first.
     */
    private record Asked(QueueRequest request, String priority, String waiting, String host, FieldErrors errors) {
    }

    private static Asked asked(Context ctx, Stage stage) {
        String priority = Objects.requireNonNullElse(ctx.queryParam("priority"), "");
        String waiting = Objects.requireNonNullElse(ctx.queryParam("waiting"), "");
        String host = Forms.limited(Objects.requireNonNullElse(ctx.queryParam("host"), ""), 300);
        var filter = QueueFilter.read(stage, priority, waiting, host);
        FieldErrors errors = FieldErrors.none();
        if (filter.isLeft()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            errors = FieldErrors.of(filter.getLeft(), Languages.messagesFor(ctx));
        }
        int page = (int) Math.min(LAST_PAGE, Math.max(1, pageAsked(ctx.queryParam("page"))));
        return new Asked(new QueueRequest(filter.getOrElse(() -> QueueFilter.all(stage)), page, PAGE_SIZE), priority,
                waiting, host, errors);
    }

    private static long pageAsked(String page) {
        try {
            return page == null ? 1 : Long.parseLong(page.strip());
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    private void render(Context ctx, Stage stage, ListAnalystQueue.AnalystQueue list, WelfareBanner banner,
            boolean mayClaim, Optional<String> refusal, Asked asked) {
        SignedInStaff member = SignedInStaff.required(ctx);
        StaffNames names = StaffNames.of(staff);
        Messages t = Languages.messagesFor(ctx);
        // Where each case's capture stands, in one read; a reader whose roles do not show captures sees none.
        var captured = captures.latestJobs(member.as(Role.ANALYST, Role.SUPERVISOR), list.entries().map(QueueEntry::caseId));
        var known = captures.knownItems(member.as(Role.ANALYST, Role.SUPERVISOR), list.entries().map(QueueEntry::caseId))
                .getOrElse(io.vavr.collection.HashMap::empty);
        var rows = list.entries().map(entry -> row(entry, names, member, t, captured.fold(hidden -> "HIDDEN",
                jobs -> CapturePages.stateOf(jobs.get(entry.caseId()))), known.get(entry.caseId()).getOrElse(0)))
                .toJavaList();
        var filter = new QueuePage.Filter(asked.priority(), asked.waiting(), asked.host(), asked.errors(), list.matching(),
                list.request().page(), list.pages(), asked.errors().any() ? "" : query(list.request().filter()));
        templates.render(ctx, "queue.jte", new QueuePage(t, stage.name(), rows, list.waiting(),
                list.openCases(), mayClaim, banner, refusal, filter));
    }

    /** The narrowing as a query string, for the links to other pages of the same list. */
    private static String query(QueueFilter filter) {
        List<String> parts = new java.util.ArrayList<>();
        filter.priority().forEach(p -> parts.add("priority=" + p.name()));
        if (filter.waiting() != org.hotline.domain.report.Waiting.ANY) {
            parts.add("waiting=" + filter.waiting().name());
        }
        filter.host().forEach(h -> parts.add("host=" + java.net.URLEncoder.encode(h, java.nio.charset.StandardCharsets.UTF_8)));
        return String.join("&", parts);
    }

    private QueuePage.Row row(QueueEntry entry, StaffNames names, SignedInStaff reader, Messages t, String capture,
            int knownItems) {
        Times times = views.times();
        var reports = entry.earliestReports().map(r -> new QueuePage.FoldedReport(r.reference().value(),
                times.when(r.receivedAt(), t), r.channel().name(),
                CaseworkViews.seen(r.seen(), t))).toJavaList();
        return new QueuePage.Row(entry.caseId().toString(), entry.url().canonical(), times.when(entry.openedAt(), t),
                entry.priority().name(), entry.state().name(), entry.reportCount(), reports,
                views.claimOf(entry.state(), names, reader.id(), t), capture, knownItems);
    }
}
