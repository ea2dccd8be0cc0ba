package org.hotline.adapters.capture.fetch;

import java.net.MalformedURLException;
import java.net.URL;

import io.vavr.control.Either;
import org.hotline.domain.report.ReportedUrl;

/** Resolves an address written in a page or a redirect against the address it was found on, into canonical form. */
public final class Addresses {

    private Addresses() {
    }

    /**
     * The absolute address {@code reference} names when found on {@code base}, canonical; a reason when it names
     * nothing fetchable (another scheme such as {@code data:} or {@code javascript:}, or a malformed address).
     */
    public static Either<String, ReportedUrl> resolve(ReportedUrl base, String reference) {
        String trimmed = reference == null ? "" : reference.strip();
        if (trimmed.isEmpty()) {
            return Either.left("an empty address");
        }
        String absolute;
        try {
            absolute = new URL(new URL(base.canonical()), trimmed).toExternalForm();
        } catch (MalformedURLException | IllegalArgumentException e) {
            return Either.left("not an http or https address");
        }
        return ReportedUrl.parse(absolute).mapLeft(error -> error.detail());
    }
}
