package org.hotline.domain.capture;

import java.util.Objects;

import io.vavr.control.Option;
import org.hotline.domain.fingerprint.Fingerprints;
import org.hotline.domain.report.ReportedUrl;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One image or video of a capture, as measured: the address it was found under and where, the answer its fetch got
 * (final address, address connected to, status, sniffed type, size), its dimensions and fingerprints, and why it
 * could not be measured, if it could not. An item whose bytes arrived but did not decode keeps its digests beside its
 * failure.
 */
@ValueObject
public record CapturedItem(ReportedUrl address, ItemSource source, Option<Answer> answer, Option<Dimensions> dimensions,
        Option<Fingerprints> fingerprints, Option<CaptureFailure> failure) {

    public CapturedItem {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(dimensions, "dimensions");
        Objects.requireNonNull(fingerprints, "fingerprints");
        Objects.requireNonNull(failure, "failure");
        if (fingerprints.isDefined() && answer.isEmpty()) {
            throw new IllegalArgumentException("an item has fingerprints only when its content arrived");
        }
        if (dimensions.isDefined() && fingerprints.isEmpty()) {
            throw new IllegalArgumentException("an item has dimensions only when it was fingerprinted");
        }
        if (fingerprints.isEmpty() && failure.isEmpty()) {
            throw new IllegalArgumentException("an item without fingerprints says why");
        }
    }

    /** An item that could not be measured at all. */
    public static CapturedItem failed(ReportedUrl address, ItemSource source, Option<Answer> answer, CaptureFailure why) {
        return new CapturedItem(address, source, answer, Option.none(), Option.none(), Option.some(why));
    }

    /** True when the item was measured in full: fingerprinted, and nothing went wrong. */
    public boolean measured() {
        return fingerprints.isDefined() && failure.isEmpty();
    }
}
