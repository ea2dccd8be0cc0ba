package org.hotline.domain.capture;

import org.hotline.domain.report.ReportedUrl;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Captures what is at an address: fetches it through the guarded fetcher (public addresses only, within the bounds of
 * {@link CaptureSettings}), finds the images and videos of a page, fetches and fingerprints each, and returns the
 * measurements. The content stays in memory for the duration of the call and is dropped.
 */
@SecondaryPort
@FunctionalInterface
public interface CapturePage {

    /**
     * Always returns a capture: whatever the site does (refused address, unknown name, time-out, oversized or
     * malformed content, redirect loops), the capture ends and says why. Throws only on a programming error.
     */
    Capture capture(ReportedUrl address);
}
