package org.hotline.adapters.capture.page;

import java.time.Duration;
import java.time.Instant;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.adapters.capture.fetch.Deadline;
import org.hotline.adapters.capture.fetch.Fetch;
import org.hotline.adapters.capture.fetch.FetchRequest;
import org.hotline.adapters.capture.fetch.GuardedFetcher;
import org.hotline.domain.Clock;
import org.hotline.domain.capture.Capture;
import org.hotline.domain.capture.CaptureFailure;
import org.hotline.domain.capture.CapturePage;
import org.hotline.domain.capture.CaptureSettings;
import org.hotline.domain.capture.CapturedItem;
import org.hotline.domain.capture.ContentType;
import org.hotline.domain.capture.Examination;
import org.hotline.domain.capture.ExamineImage;
import org.hotline.domain.capture.FetchedContent;
import org.hotline.domain.capture.ItemSource;
import org.hotline.domain.fingerprint.Fingerprints;
import org.hotline.domain.report.ReportedUrl;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Captures an address: fetches it as a page; if it is HTML, finds its items and fetches each (sending the page as
 * {@code Referer}, as a browser would); if it is itself an image or a video, it is the one item. Each item is measured
 * in memory (digests, and for images the dimensions and PDQ hash the {@link ExamineImage} port gives) and its bytes
 * dropped. Everything shares the capture's total time: items the time did not reach say so.
 */
@SecondaryAdapter
public final class PageCapturer implements CapturePage {

    private final GuardedFetcher fetcher;
    private final Clock clock;
    private final Option<ExamineImage> images;

    /**
     * @param images decodes and hashes images; without it items keep their digests only
     */
    public PageCapturer(GuardedFetcher fetcher, Clock clock, Option<ExamineImage> images) {
        this.fetcher = fetcher;
        this.clock = clock;
        this.images = images;
    }

    @Override
    public Capture capture(ReportedUrl address) {
        CaptureSettings settings = fetcher.settings();
        Instant startedAt = clock.instant();
        long start = System.nanoTime();
        Deadline deadline = Deadline.after(settings.totalTime());
        Fetch page = fetcher.fetch(FetchRequest.page(address, settings.maxPageBytes()), deadline);
        if (page.content().isLeft()) {
            return new Capture(address, startedAt, since(start), page.redirects(), page.answer(), Option.none(),
                    Vector.empty(), 0, Option.some(page.content().getLeft()));
        }
        FetchedContent content = page.content().get();
        Option<String> title = Option.none();
        Seq<CapturedItem> items = Vector.empty();
        int omitted = 0;
        if (content.type().isMedia()) {
            items = Vector.of(measure(address, ItemSource.ADDRESS, content));
        } else if (content.type() == ContentType.HTML) {
            ParsedPage parsed = PageParser.parse(content.bytes(), content.address(), settings.maxItems());
            title = parsed.title();
            omitted = parsed.omitted();
            items = parsed.items().map(found -> fetchItem(found, content.address(), deadline));
        }
        return new Capture(address, startedAt, since(start), page.redirects(), page.answer(), title, items, omitted,
                Option.none());
    }

    private CapturedItem fetchItem(FoundItem found, ReportedUrl page, Deadline deadline) {
        if (deadline.passed()) {
            return CapturedItem.failed(found.address(), found.source(), Option.none(), deadline.failure());
        }
        Fetch fetch = fetcher.fetch(FetchRequest.item(found.address(), fetcher.settings().maxItemBytes(), Option.some(page)),
                deadline);
        return fetch.content().fold(
                failure -> CapturedItem.failed(found.address(), found.source(), fetch.answer(), failure),
                content -> measure(found.address(), found.source(), content));
    }

    /** Digests for every image and video; dimensions and PDQ for an image that decodes. */
    private CapturedItem measure(ReportedUrl address, ItemSource source, FetchedContent content) {
        if (!content.type().isMedia()) {
            return CapturedItem.failed(address, source, Option.some(content.answer()),
                    new CaptureFailure.NotMedia(content.type()));
        }
        Fingerprints digests = Fingerprints.ofContent(content.bytes());
        if (content.type().kind() != ContentType.Kind.IMAGE || images.isEmpty()) {
            return new CapturedItem(address, source, Option.some(content.answer()), Option.none(), Option.some(digests),
                    Option.none());
        }
        Either<String, Examination> examined = examine(content);
        return examined.fold(
                reason -> new CapturedItem(address, source, Option.some(content.answer()), Option.none(),
                        Option.some(digests), Option.some(new CaptureFailure.Undecodable(reason))),
                examination -> new CapturedItem(address, source, Option.some(content.answer()),
                        Option.some(examination.dimensions()), Option.some(examination.addTo(digests)), Option.none()));
    }

    /** A decoder that throws on hostile input is a failed decode of that item, not a failed capture. */
    private Either<String, Examination> examine(FetchedContent content) {
        try {
            return images.get().examine(content.type(), content.bytes());
        } catch (RuntimeException e) {
            return Either.left("the decoder failed on it");
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
