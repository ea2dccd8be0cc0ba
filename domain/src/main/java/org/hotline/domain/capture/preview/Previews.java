package org.hotline.domain.capture.preview;

import java.util.Objects;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.Rejection;
import org.hotline.domain.audit.AuditSubject;
import org.hotline.domain.capture.CapturedItem;
import org.hotline.domain.capture.ContentType;
import org.hotline.domain.capture.FetchContent;
import org.hotline.domain.capture.FetchedContent;
import org.hotline.domain.capture.job.Captures;
import org.hotline.domain.fingerprint.Digest;
import org.hotline.domain.capture.job.ItemId;
import org.hotline.domain.capture.job.RecordedCapture.RecordedItem;
import org.hotline.domain.report.Cases;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.staff.Role;
import org.hotline.domain.welfare.RevealPreview;
import org.hotline.domain.welfare.WelfareRefusal;
import org.jmolecules.ddd.annotation.Service;

/**
 * Makes the previews of captured images on request: fetches the item again through the capture's guarded fetcher,
 * checks its SHA-256 is the one recorded (otherwise the content changed since the capture, and nothing is shown), and
 * renders it, blurred or, on a reveal, as it is. A reveal is recorded (exposure log and audit trail) once the preview
 * is made, and only then shown. Previews are kept for a short while in memory only, if at all.
 */
@Service
public final class Previews implements ShowPreview {

    private final Cases cases;
    private final Captures captures;
    private final FetchContent fetcher;
    private final RenderPreview renderer;
    private final RecentPreviews recent;
    private final RevealPreview reveals;

    public Previews(Cases cases, Captures captures, FetchContent fetcher, RenderPreview renderer, RecentPreviews recent,
            RevealPreview reveals) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.captures = Objects.requireNonNull(captures, "captures");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.recent = Objects.requireNonNull(recent, "recent");
        this.reveals = Objects.requireNonNull(reveals, "reveals");
    }

    @Override
    public Either<Rejection<PreviewRefusal>, PreviewImage> blurred(Acting viewer, String caseId, String itemId) {
        return viewer.as(PreviewRefusal.ROLE_REQUIRED, Role.ANALYST, Role.SUPERVISOR)
                .flatMap(who -> imageOf(caseId, itemId))
                .flatMap(item -> made(item, PreviewKind.BLURRED));
    }

    @Override
    public Either<Rejection<PreviewRefusal>, Revealed> reveal(Acting viewer, String caseId, String itemId) {
        return viewer.as(PreviewRefusal.ROLE_REQUIRED, Role.ANALYST, Role.SUPERVISOR).flatMap(who -> imageOf(caseId, itemId)
                .flatMap(item -> made(item, PreviewKind.REVEALED)
                        .flatMap(preview -> reveals.reveal(who, caseId, AuditSubject.ofItem(item.id())).mapLeft(Previews::refusedReveal)
                                .map(counted -> new Revealed(preview, counted.revealsToday())))));
    }

    /** The item, when it is one of the case's and an image that was measured. */
    private Either<Rejection<PreviewRefusal>, RecordedItem> imageOf(String caseId, String itemId) {
        return cases.named(caseId)
                .toEither(() -> Rejection.of(PreviewRefusal.CASE_UNKNOWN, Cases.NO_SUCH_CASE))
                .flatMap(found -> ItemId.parse(itemId).flatMap(id -> captures.item(found.id(), id))
                        .toEither(() -> Rejection.of(PreviewRefusal.UNKNOWN_ITEM, "This case has no such captured item.")))
                .filterOrElse(item -> isMeasuredImage(item.item()), item -> Rejection.of(PreviewRefusal.NOT_AN_IMAGE,
                        "Previews are made of images that were measured; this item is not one."));
    }

    /** What the welfare desk refused of a reveal, as a refusal of the preview (the same checks, made again). */
    private static Rejection<PreviewRefusal> refusedReveal(Rejection<WelfareRefusal> refused) {
        return refused.as(switch (refused.reason()) {
            case ROLE_REQUIRED -> PreviewRefusal.ROLE_REQUIRED;
            case CASE_UNKNOWN -> PreviewRefusal.CASE_UNKNOWN;
            case UNKNOWN_ANALYST, OWN_LIMIT, DAY_PAST, REASON_INVALID, ALREADY_LIFTED, WEEK_OUT_OF_RANGE ->
                    throw new IllegalArgumentException("revealing is never refused as " + refused.reason());
        });
    }

    private static boolean isMeasuredImage(CapturedItem item) {
        return item.measured() && item.dimensions().isDefined()
                && item.answer().exists(answer -> answer.type().kind() == ContentType.Kind.IMAGE);
    }

    /** A recent preview, or one made now from the item fetched again, if it is still what was captured. */
    private Either<Rejection<PreviewRefusal>, PreviewImage> made(RecordedItem item, PreviewKind kind) {
        Option<PreviewImage> kept = recent.recent(item.id(), kind);
        if (kept.isDefined()) {
            return Either.right(kept.get());
        }
        Digest captured = item.item().fingerprints().get().sha256();
        return fetcher.fetch(item.item().address())
                .mapLeft(failure -> Rejection.of(PreviewRefusal.UNAVAILABLE, "The item could not be fetched again: " + failure.detail()))
                .filterOrElse(content -> Digest.of(Digest.Algorithm.SHA256, content.bytes()).equals(captured), content -> Rejection.of(PreviewRefusal.CHANGED,
                        "The content at this address changed since it was captured, so no preview is shown. Capture the "
                                + "case again to measure what is there now."))
                .flatMap(content -> render(kind, content))
                .peek(preview -> recent.keep(item.id(), kind, preview));
    }

    private Either<Rejection<PreviewRefusal>, PreviewImage> render(PreviewKind kind, FetchedContent content) {
        Either<String, PreviewImage> made = kind == PreviewKind.BLURRED
                ? renderer.blurred(content.bytes())
                : renderer.revealed(content.bytes());
        return made.mapLeft(reason -> Rejection.of(PreviewRefusal.UNDECODABLE, "No preview could be made of the item: " + reason));
    }
}
