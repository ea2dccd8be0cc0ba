package org.hotline.domain.capture;

import io.vavr.control.Either;
import org.hotline.domain.report.ReportedUrl;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Fetches one item through the same guarded fetcher a capture uses, with an item's bounds: how a preview gets the
 * content again without anything having been kept. The caller checks the content is still what was captured (its
 * SHA-256) before showing it.
 */
@SecondaryPort
@FunctionalInterface
public interface FetchContent {

    /** The content in memory, or why it could not be had (refused address, time-out, too large, not successful...). */
    Either<CaptureFailure, FetchedContent> fetch(ReportedUrl address);
}
