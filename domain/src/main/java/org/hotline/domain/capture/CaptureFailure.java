package org.hotline.domain.capture;

import java.time.Duration;
import java.util.Objects;

/**
 * Why a capture, or one of its items, ended without its content: each kind has a stable {@code code} a user interface
 * can translate and an English {@code detail} for the case page. Whatever a site does, a capture ends with one of
 * these or with its measurements, never with a stuck worker.
 */
public sealed interface CaptureFailure {

    /** A stable key, such as {@code capture.refused_address}. */
    String code();

    /** The English explanation, naming the address or limit concerned. */
    String detail();

    /** The address is not public (loopback, private, link-local, reserved...) and no allowance covers it. */
    record RefusedAddress(String host, String address, String reason) implements CaptureFailure {
        public RefusedAddress {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(reason, "reason");
        }

        public String code() {
            return "capture.refused_address";
        }

        public String detail() {
            return host.equals(address)
                    ? "Refused to connect to " + address + ": " + reason + "."
                    : "Refused to connect to " + host + ": it resolves to " + address + ", " + reason + ".";
        }
    }

    /** The address is not one the fetcher speaks to: not http or https, or not a valid address at all. */
    record UnsupportedAddress(String address, String reason) implements CaptureFailure {
        public UnsupportedAddress {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(reason, "reason");
        }

        public String code() {
            return "capture.unsupported_address";
        }

        public String detail() {
            return "Cannot fetch " + address + ": " + reason + ".";
        }
    }

    /** The host name does not resolve to any address. */
    record NameNotResolved(String host) implements CaptureFailure {
        public NameNotResolved {
            Objects.requireNonNull(host, "host");
        }

        public String code() {
            return "capture.name_not_resolved";
        }

        public String detail() {
            return "The name " + host + " does not resolve to any address.";
        }
    }

    /** No connection could be made or kept: refused, reset, unreachable, or a TLS handshake that failed. */
    record ConnectionFailed(String address, String reason) implements CaptureFailure {
        public ConnectionFailed {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(reason, "reason");
        }

        public String code() {
            return "capture.connection_failed";
        }

        public String detail() {
            return "Could not talk to " + address + ": " + reason + ".";
        }
    }

    /** A time limit ran out: connecting, waiting for the next bytes, or the capture's total time. */
    record TimedOut(Limit limit, Duration after) implements CaptureFailure {
        /** Which time limit it was. */
        public enum Limit { CONNECT, READ, TOTAL }

        public TimedOut {
            Objects.requireNonNull(limit, "limit");
            Objects.requireNonNull(after, "after");
        }

        public String code() {
            return "capture.timed_out";
        }

        public String detail() {
            long seconds = Math.max(1, after.toSeconds());
            return switch (limit) {
                case CONNECT -> "No connection within " + seconds + " s.";
                case READ -> "The server sent nothing for " + seconds + " s.";
                case TOTAL -> "The capture's time ran out after " + seconds + " s.";
            };
        }
    }

    /** The body, once decompressed, is larger than the limit; reading stopped at the limit. */
    record TooLarge(long limitBytes) implements CaptureFailure {
        public String code() {
            return "capture.too_large";
        }

        public String detail() {
            return "The content is larger than " + limitBytes + " bytes; reading stopped there.";
        }
    }

    /** More redirects than allowed. */
    record TooManyRedirects(int limit) implements CaptureFailure {
        public String code() {
            return "capture.too_many_redirects";
        }

        public String detail() {
            return "More than " + limit + " redirects.";
        }
    }

    /** A redirect led back to an address already visited in the same chain. */
    record RedirectLoop(String address) implements CaptureFailure {
        public RedirectLoop {
            Objects.requireNonNull(address, "address");
        }

        public String code() {
            return "capture.redirect_loop";
        }

        public String detail() {
            return "The redirects loop back to " + address + ".";
        }
    }

    /** The server's answer could not be read: malformed HTTP, a bad redirect, a broken compressed stream. */
    record BadResponse(String reason) implements CaptureFailure {
        public BadResponse {
            Objects.requireNonNull(reason, "reason");
        }

        public String code() {
            return "capture.bad_response";
        }

        public String detail() {
            return "The server's answer could not be read: " + reason + ".";
        }
    }

    /** The server answered with a status other than success (after following redirects). */
    record Unsuccessful(int status) implements CaptureFailure {
        public String code() {
            return "capture.unsuccessful";
        }

        public String detail() {
            return "The server answered " + status + ".";
        }
    }

    /** An item turned out not to be an image or a video (its bytes say so, whatever its address or header say). */
    record NotMedia(ContentType type) implements CaptureFailure {
        public NotMedia {
            Objects.requireNonNull(type, "type");
        }

        public String code() {
            return "capture.not_media";
        }

        public String detail() {
            return "Not an image or a video: the content is " + type.mediaType() + ".";
        }
    }

    /** An image's bytes claim a format but do not decode: truncated, corrupt, or too many pixels to decode safely. */
    record Undecodable(String reason) implements CaptureFailure {
        public Undecodable {
            Objects.requireNonNull(reason, "reason");
        }

        public String code() {
            return "capture.undecodable";
        }

        public String detail() {
            return "The image could not be decoded: " + reason + ".";
        }
    }
}
