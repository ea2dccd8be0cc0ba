package org.hotline.adapters.capture.fetch;

import java.util.Objects;

import io.vavr.control.Option;
import org.hotline.domain.report.ReportedUrl;

/**
 * One thing to fetch: the address, the most bytes to read, what to send as {@code Accept}, and the page it was found
 * on (sent as {@code Referer} the way browsers do by default: in full to the same origin, as the origin elsewhere,
 * not at all from {@code https} to {@code http}).
 */
public record FetchRequest(ReportedUrl address, long maxBytes, String accept, Option<ReportedUrl> foundOn) {

    /** What browsers send when they load a page. */
    public static final String ACCEPT_PAGE = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
    /** What browsers send when they load an image or a video. */
    public static final String ACCEPT_MEDIA = "image/avif,image/webp,image/png,image/*;q=0.8,video/*;q=0.8,*/*;q=0.5";

    public FetchRequest {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(accept, "accept");
        Objects.requireNonNull(foundOn, "foundOn");
        if (maxBytes < 1) {
            throw new IllegalArgumentException("at least one byte may be read");
        }
    }

    public static FetchRequest page(ReportedUrl address, long maxBytes) {
        return new FetchRequest(address, maxBytes, ACCEPT_PAGE, Option.none());
    }

    public static FetchRequest item(ReportedUrl address, long maxBytes, Option<ReportedUrl> foundOn) {
        return new FetchRequest(address, maxBytes, ACCEPT_MEDIA, foundOn);
    }
}
