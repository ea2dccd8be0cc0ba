package org.hotline.adapters.web;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.vavr.control.Option;
import org.hotline.adapters.web.pages.CaptureView;
import org.hotline.domain.knowncontent.KnownMatch;
import org.hotline.domain.Rejection;
import org.hotline.domain.capture.Answer;
import org.hotline.domain.capture.Capture;
import org.hotline.domain.capture.CapturedItem;
import org.hotline.domain.capture.ContentType;
import org.hotline.domain.capture.job.CaptureJob;
import org.hotline.domain.capture.job.CaseCaptures;
import org.hotline.domain.capture.job.RecordedCapture;
import org.hotline.domain.capture.preview.PreviewImage;
import org.hotline.domain.capture.preview.PreviewRefusal;
import org.hotline.domain.capture.preview.ShowPreview;
import org.hotline.domain.fingerprint.Fingerprints;
import org.hotline.domain.staff.Role;

/**
 * The capture on the case page: where the case's capture stands and what the latest one measured, "capture again",
 * and each measured image's blurred preview, made on request and sent with {@code Cache-Control: no-store}. The
 * revealed preview is never a route of its own: it comes only inside the answer to the reveal, which counts it.
 */
final class CapturePages {

    static final String CAPTURE_AGAIN = CasePages.PATH + "/capture";
    static final String PREVIEW_IMAGE = CasePages.PATH + "/items/{item}/preview";
    /** The reveal's form field naming the item. */
    static final String ITEM_FIELD = "item";

    private final UseCases.Capturing capturing;
    private final Times times;

    CapturePages(UseCases.Capturing capturing, Times times) {
        this.capturing = Objects.requireNonNull(capturing, "capturing");
        this.times = Objects.requireNonNull(times, "times");
    }

    ShowPreview previews() {
        return capturing.previews();
    }

    /** The query parameter by which the reader asks to see a known item's preview. */
    static final String SHOW_PARAMETER = "show";

    static String previewPath(String caseId, String itemId) {
        return PREVIEW_IMAGE.replace("{id}", caseId).replace("{item}", itemId);
    }

    /** "Capture again": a new job, audited; the case page again, at its capture. */
    void captureAgain(Context ctx, CasePages pages) {
        var requested = capturing.requests().captureAgain(SignedInStaff.required(ctx).as(Role.ANALYST, Role.SUPERVISOR),
                ctx.pathParam("id"));
        if (requested.isRight()) {
            ctx.redirect(CasePages.pathOf(ctx.pathParam("id")) + "#capture", HttpStatus.SEE_OTHER);
        } else {
            pages.refusedWith(ctx, requested.getLeft(), Rejections.answer(requested.getLeft().reason()));
        }
    }

    /** The item's blurred preview as a JPEG, never stored by the browser; or why there is none, in plain words. */
    void previewImage(Context ctx) {
        var made = capturing.previews().blurred(SignedInStaff.required(ctx).as(Role.ANALYST, Role.SUPERVISOR),
                ctx.pathParam("id"), ctx.pathParam("item"));
        ctx.header("Cache-Control", "no-store");
        if (made.isRight()) {
            ctx.result(made.get().jpeg());
            // Set last and on the answer itself: a charset on an image would be wrong.
            ctx.res().setCharacterEncoding(null);
            ctx.res().setContentType(PreviewImage.MEDIA_TYPE);
            return;
        }
        Rejection<PreviewRefusal> why = made.getLeft();
        Rejections.refuseWholePage(Rejections.answer(why.reason()), why);
        ctx.status(statusOf(why.reason())).contentType("text/plain; charset=utf-8")
                .result(Rejections.message(why, Languages.messagesFor(ctx)));
    }

    /** An image's refusal: no such item (404), not to be had now (502), or not to be shown (409). */
    private static HttpStatus statusOf(PreviewRefusal why) {
        return switch (why) {
            case UNKNOWN_ITEM -> HttpStatus.NOT_FOUND;
            case UNAVAILABLE -> HttpStatus.BAD_GATEWAY;
            case ROLE_REQUIRED, CASE_UNKNOWN, NOT_AN_IMAGE, CHANGED, UNDECODABLE -> HttpStatus.CONFLICT;
        };
    }

    /** The case's capture as the reader may see it; none for a reader whose roles do not show captures. */
    /**
     * @param asked the item whose preview the reader asked to see although it is known, if any
     */
    Optional<CaptureView> view(SignedInStaff member, String caseId, Messages t, Optional<Revealed> revealed,
            Optional<String> asked) {
        if (!member.holds(Role.ANALYST) && !member.holds(Role.SUPERVISOR)) {
            return Optional.empty();
        }
        var captures = capturing.captures().captures(member.as(Role.ANALYST, Role.SUPERVISOR), caseId);
        if (captures.isLeft()) {
            return Optional.empty();
        }
        CaseCaptures found = captures.get();
        boolean mayAsk = !found.waiting();
        return Optional.of(new CaptureView(stateOf(found.latestJob()), stateText(found.latestJob(), t), mayAsk,
                found.latest().map(latest -> recorded(latest, caseId, t, revealed, asked)).toJavaOptional(),
                Math.max(0, found.captures().size() - 1)));
    }

    /** An item revealed in this answer: which, and its preview. */
    record Revealed(String itemId, ShowPreview.Revealed preview) {
    }

    static String stateOf(Option<CaptureJob> job) {
        if (job.isEmpty()) {
            return "NONE";
        }
        return job.get().retrying() ? "RETRYING" : job.get().state().name();
    }

    private String stateText(Option<CaptureJob> latest, Messages t) {
        if (latest.isEmpty()) {
            return t.get("capture.state.NONE");
        }
        CaptureJob job = latest.get();
        String why = job.lastFailure().map(failure -> failure.detail()).getOrElse("");
        return switch (stateOf(latest)) {
            case "RETRYING" -> t.get("capture.state.RETRYING", job.attempts(), why, times.when(job.nextAttemptAt(), t));
            case "RUNNING" -> t.get("capture.state.RUNNING", job.attempts());
            case "DONE" -> t.get("capture.state.DONE", times.when(job.finishedAt().get(), t));
            case "FAILED" -> t.get("capture.state.FAILED", times.when(job.finishedAt().get(), t), why);
            default -> t.get("capture.state.PENDING", times.when(job.requestedAt(), t));
        };
    }

    private CaptureView.Recorded recorded(RecordedCapture recorded, String caseId, Messages t,
            Optional<Revealed> revealed, Optional<String> asked) {
        Capture capture = recorded.capture();
        List<CaptureView.Fact> facts = new ArrayList<>();
        facts.add(new CaptureView.Fact(t.get("capture.requested"), capture.requested().canonical()));
        capture.answer().forEach(answer -> answerFacts(answer, t, facts));
        capture.title().forEach(title -> facts.add(new CaptureView.Fact(t.get("capture.pageTitle"), title)));
        facts.add(new CaptureView.Fact(t.get("capture.redirects"), Integer.toString(capture.redirects().size())));
        facts.add(new CaptureView.Fact(t.get("capture.took"), capture.took().toMillis() + " ms"));
        var items = recorded.items().map(item -> item(item, caseId, t, revealed, asked)).toJavaList();
        return new CaptureView.Recorded(times.when(capture.startedAt(), t), facts,
                capture.failure().map(failure -> failure.detail()).toJavaOptional(), items, capture.itemsOmitted());
    }

    private static void answerFacts(Answer answer, Messages t, List<CaptureView.Fact> facts) {
        facts.add(new CaptureView.Fact(t.get("capture.address"), answer.address().canonical()));
        facts.add(new CaptureView.Fact(t.get("capture.connectedTo"), answer.connectedTo().text()));
        facts.add(new CaptureView.Fact(t.get("capture.status"), Integer.toString(answer.status())));
        facts.add(new CaptureView.Fact(t.get("capture.type"), answer.type().mediaType()));
        facts.add(new CaptureView.Fact(t.get("capture.size"), t.get("capture.bytes", answer.size())));
    }

    private CaptureView.Item item(RecordedCapture.RecordedItem recorded, String caseId, Messages t,
            Optional<Revealed> revealed, Optional<String> asked) {
        CapturedItem item = recorded.item();
        String id = recorded.id().toString();
        List<CaptureView.Fact> facts = new ArrayList<>();
        facts.add(new CaptureView.Fact(t.get("capture.foundIn"), t.get("capture.source." + item.source().name())));
        item.answer().forEach(answer -> {
            facts.add(new CaptureView.Fact(t.get("capture.type"), answer.type().mediaType()));
            facts.add(new CaptureView.Fact(t.get("capture.size"), t.get("capture.bytes", answer.size())));
            facts.add(new CaptureView.Fact(t.get("capture.connectedTo"), answer.connectedTo().text()));
        });
        item.dimensions().forEach(d -> facts.add(new CaptureView.Fact(t.get("capture.dimensions"),
                d.width() + " x " + d.height())));
        boolean previewable = item.measured() && item.dimensions().isDefined()
                && item.answer().exists(answer -> answer.type().kind() == ContentType.Kind.IMAGE);
        Optional<String> shown = revealed.filter(r -> r.itemId().equals(id))
                .map(r -> "data:" + PreviewImage.MEDIA_TYPE + ";base64,"
                        + Base64.getEncoder().encodeToString(r.preview().preview().jpeg()));
        boolean hidden = recorded.isKnown() && shown.isEmpty() && !asked.filter(id::equals).isPresent();
        return new CaptureView.Item(id, item.address().canonical(), facts,
                item.fingerprints().map(f -> hashes(f, t)).getOrElse(List.of()),
                item.failure().map(failure -> failure.detail()).toJavaOptional(),
                previewable && !hidden ? Optional.of(previewPath(caseId, id)) : Optional.empty(), shown,
                recorded.isKnown() ? Optional.of(known(recorded.known(), t,
                        previewable && hidden ? Optional.of(askPath(caseId, id)) : Optional.empty())) : Optional.empty());
    }

    /** The page with a known item's preview offered after all. */
    static String askPath(String caseId, String itemId) {
        return CasePages.pathOf(caseId) + "?" + SHOW_PARAMETER + "=" + itemId + "#item-" + itemId;
    }

    private static CaptureView.Known known(io.vavr.collection.Seq<KnownMatch> matches, Messages t,
            Optional<String> showPath) {
        return new CaptureView.Known(matches.map(match -> new CaptureView.Fact(
                t.get("known.match.list", match.list().value(), match.jurisdiction().value()),
                t.get("known.match.entry", match.classification().toString(), match.entry(),
                        match.stored().algorithm().written(), match.distance())))
                .toJavaList(), showPath);
    }

    private static List<CaptureView.Fact> hashes(Fingerprints fingerprints, Messages t) {
        List<CaptureView.Fact> hashes = new ArrayList<>();
        hashes.add(new CaptureView.Fact("SHA-256", fingerprints.sha256().hex()));
        hashes.add(new CaptureView.Fact("SHA-1", fingerprints.sha1().hex()));
        hashes.add(new CaptureView.Fact("MD5", fingerprints.md5().hex()));
        fingerprints.pdq().forEach(pdq -> hashes.add(new CaptureView.Fact(t.get("capture.pdq", pdq.quality()),
                pdq.hash().hex())));
        return hashes;
    }
}
