package org.hotline.domain.capture.job;

import java.util.Objects;

import org.hotline.domain.capture.CaptureFailure;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Why a capture job's last attempt did not give a capture: a stable {@code code} a page can translate (such as
 * {@code capture.timed_out}) and the English {@code detail} shown on the case page.
 */
@ValueObject
public record JobFailure(String code, String detail) {

    /** The code of an attempt that stopped on a fault of the program rather than on what the site did. */
    public static final String INTERNAL = "capture.internal_error";

    /** Longest detail kept. */
    public static final int LONGEST_DETAIL = 1000;

    public JobFailure {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
        if (!code.matches("[a-z]+(\\.[a-z_]+)+")) {
            throw new IllegalArgumentException("a failure code is a dotted lower-case name, such as capture.timed_out: " + code);
        }
        if (detail.isBlank()) {
            throw new IllegalArgumentException("a failure says why");
        }
        detail = detail.length() > LONGEST_DETAIL ? detail.substring(0, LONGEST_DETAIL) : detail;
    }

    /** What the site did, as the capture recorded it. */
    public static JobFailure of(CaptureFailure failure) {
        return new JobFailure(failure.code(), failure.detail());
    }

    /** The code of an attempt given back because the program was stopping; the job is taken again at once. */
    public static final String STOPPED = "capture.stopped";

    /** The attempt stopped on a fault of the program; the log has the details under the job's identifier. */
    public static JobFailure internal() {
        return new JobFailure(INTERNAL, "The capture stopped on an internal error; the program's log has the details.");
    }

    /** The program stopped while the attempt ran; the job is taken again by a running instance. */
    public static JobFailure stopped() {
        return new JobFailure(STOPPED, "The program was stopped during the capture; it is tried again.");
    }
}
