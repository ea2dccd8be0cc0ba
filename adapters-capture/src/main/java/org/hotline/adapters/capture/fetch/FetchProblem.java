package org.hotline.adapters.capture.fetch;

import java.io.IOException;

import org.hotline.domain.capture.CaptureFailure;

/**
 * A fetch ended for a reason the capture records. An {@link IOException}, so that it passes unchanged through the
 * streams it is thrown from (a decompressing stream over a stream whose time ran out).
 */
final class FetchProblem extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient CaptureFailure failure;

    FetchProblem(CaptureFailure failure) {
        super(failure.detail());
        this.failure = failure;
    }

    /** No stack trace: the failure is an expected outcome, recorded rather than debugged. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    CaptureFailure failure() {
        return failure;
    }
}
