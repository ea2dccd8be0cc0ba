package org.hotline.domain.testing;

import java.time.Duration;
import java.time.Instant;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.capture.Answer;
import org.hotline.domain.capture.Capture;
import org.hotline.domain.capture.CaptureFailure;
import org.hotline.domain.capture.CapturedItem;
import org.hotline.domain.capture.ContentType;
import org.hotline.domain.capture.Dimensions;
import org.hotline.domain.capture.Hop;
import org.hotline.domain.capture.IpAddress;
import org.hotline.domain.capture.ItemSource;
import org.hotline.domain.capture.KeptHeaders;
import org.hotline.domain.fingerprint.Fingerprints;
import org.hotline.domain.fingerprint.PdqFingerprint;
import org.hotline.domain.fingerprint.PdqHash;
import org.hotline.domain.report.ReportedUrl;

/** Captures made up for tests: pages with items measured from given bytes, and captures that failed. */
public final class TestCaptures {

    /** The documentation address every made-up answer came from. */
    public static final IpAddress SERVER = IpAddress.parse("192.0.2.10").get();
    public static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");

    private TestCaptures() {
    }

    public static ReportedUrl url(String text) {
        return ReportedUrl.parse(text).get();
    }

    /** A page that was fetched, with its items. */
    public static Capture page(String address, CapturedItem... items) {
        ReportedUrl url = url(address);
        return new Capture(url, AT, Duration.ofMillis(420), List.empty(),
                Option.some(new Answer(url, SERVER, 200, KeptHeaders.NONE, ContentType.HTML, 1234)),
                Option.some("A test page"), List.of(items), 0, Option.none());
    }

    /** A capture that failed before any answer. */
    public static Capture failed(String address, CaptureFailure why) {
        return new Capture(url(address), AT, Duration.ofMillis(30), List.empty(), Option.none(), Option.none(),
                List.empty(), 0, Option.some(why));
    }

    /** A capture that followed a redirect from the address, and failed after it. */
    public static Capture redirectedAndFailed(String address, CaptureFailure why) {
        return new Capture(url(address), AT, Duration.ofMillis(30), List.of(new Hop(url(address), SERVER, 302)),
                Option.none(), Option.none(), List.empty(), 0, Option.some(why));
    }

    /** An image item measured from these bytes: digests, dimensions and a made-up PDQ hash. */
    public static CapturedItem image(String address, byte[] content, int width, int height) {
        ReportedUrl url = url(address);
        return new CapturedItem(url, ItemSource.IMG,
                Option.some(new Answer(url, SERVER, 200, KeptHeaders.NONE, ContentType.JPEG, content.length)),
                Option.some(new Dimensions(width, height)),
                Option.some(Fingerprints.ofContent(content).withPdq(new PdqFingerprint(PdqHash.parse("5a".repeat(32)).get(), 87))),
                Option.none());
    }

    /** A video item measured from these bytes: digests only. */
    public static CapturedItem video(String address, byte[] content) {
        ReportedUrl url = url(address);
        return new CapturedItem(url, ItemSource.VIDEO,
                Option.some(new Answer(url, SERVER, 200, KeptHeaders.NONE, ContentType.MP4, content.length)),
                Option.none(), Option.some(Fingerprints.ofContent(content)), Option.none());
    }

    /** An item that could not be fetched. */
    public static CapturedItem missing(String address, CaptureFailure why) {
        return CapturedItem.failed(url(address), ItemSource.IMG, Option.none(), why);
    }

}
