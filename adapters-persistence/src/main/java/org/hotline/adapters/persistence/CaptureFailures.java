package org.hotline.adapters.persistence;

import java.time.Duration;
import java.util.List;

import org.hotline.domain.capture.CaptureFailure;
import org.hotline.domain.capture.ContentType;

/**
 * How a capture's failure is kept: its code, and its own values as text in a fixed order, so that the failure read
 * back is the one written, with the same words on the case page.
 */
final class CaptureFailures {

    /** A failure as its columns: the code and the values. */
    record Columns(String code, String[] values) {
    }

    private CaptureFailures() {
    }

    static Columns columns(CaptureFailure failure) {
        return new Columns(failure.code(), values(failure).toArray(String[]::new));
    }

    private static List<String> values(CaptureFailure failure) {
        if (failure instanceof CaptureFailure.RefusedAddress f) {
            return List.of(f.host(), f.address(), f.reason());
        } else if (failure instanceof CaptureFailure.UnsupportedAddress f) {
            return List.of(f.address(), f.reason());
        } else if (failure instanceof CaptureFailure.NameNotResolved f) {
            return List.of(f.host());
        } else if (failure instanceof CaptureFailure.ConnectionFailed f) {
            return List.of(f.address(), f.reason());
        } else if (failure instanceof CaptureFailure.TimedOut f) {
            return List.of(f.limit().name(), Long.toString(f.after().toNanos()));
        } else if (failure instanceof CaptureFailure.TooLarge f) {
            return List.of(Long.toString(f.limitBytes()));
        } else if (failure instanceof CaptureFailure.TooManyRedirects f) {
            return List.of(Integer.toString(f.limit()));
        } else if (failure instanceof CaptureFailure.RedirectLoop f) {
            return List.of(f.address());
        } else if (failure instanceof CaptureFailure.BadResponse f) {
            return List.of(f.reason());
        } else if (failure instanceof CaptureFailure.Unsuccessful f) {
            return List.of(Integer.toString(f.status()));
        } else if (failure instanceof CaptureFailure.NotMedia f) {
            return List.of(f.type().name());
        } else if (failure instanceof CaptureFailure.Undecodable f) {
            return List.of(f.reason());
        }
        throw new IllegalArgumentException("a failure of a kind not kept yet: " + failure.getClass().getName());
    }

    /** The failure the columns hold; throws when they hold none a program wrote. */
    static CaptureFailure read(String code, String[] v) {
        return switch (code) {
            case "capture.refused_address" -> new CaptureFailure.RefusedAddress(v[0], v[1], v[2]);
            case "capture.unsupported_address" -> new CaptureFailure.UnsupportedAddress(v[0], v[1]);
            case "capture.name_not_resolved" -> new CaptureFailure.NameNotResolved(v[0]);
            case "capture.connection_failed" -> new CaptureFailure.ConnectionFailed(v[0], v[1]);
            case "capture.timed_out" -> new CaptureFailure.TimedOut(CaptureFailure.TimedOut.Limit.valueOf(v[0]),
                    Duration.ofNanos(Long.parseLong(v[1])));
            case "capture.too_large" -> new CaptureFailure.TooLarge(Long.parseLong(v[0]));
            case "capture.too_many_redirects" -> new CaptureFailure.TooManyRedirects(Integer.parseInt(v[0]));
            case "capture.redirect_loop" -> new CaptureFailure.RedirectLoop(v[0]);
            case "capture.bad_response" -> new CaptureFailure.BadResponse(v[0]);
            case "capture.unsuccessful" -> new CaptureFailure.Unsuccessful(Integer.parseInt(v[0]));
            case "capture.not_media" -> new CaptureFailure.NotMedia(ContentType.valueOf(v[0]));
            case "capture.undecodable" -> new CaptureFailure.Undecodable(v[0]);
            default -> throw new IllegalStateException("a stored capture failure of an unknown kind: " + code);
        };
    }
}
