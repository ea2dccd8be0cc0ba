package org.hotline.domain.report;

import java.util.Objects;

import io.vavr.control.Either;
import org.hotline.domain.FieldError;
import org.hotline.domain.address.WebAddress;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A web address someone reported, as typed and in canonical form.
 *
 * <p>The canonical form is what identifies the content for de-duplication: two reports whose addresses have the same
 * canonical form are about the same content, and two addresses that may show different content never share one.
 * {@link WebAddress} says how each part is read and written.
 *
 * <p>Only {@code http} and {@code https} addresses with a host are accepted; an address typed without a scheme
 * ({@code example.org/page}) is read as {@code http}.
 */
@ValueObject
public record ReportedUrl(String submitted, String canonical) {

    /** Longest address accepted as typed. Real addresses stay far below this; longer input is not an address. */
    public static final int MAX_SUBMITTED_LENGTH = WebAddress.MAX_TYPED_LENGTH;
    /** Longest canonical form; percent-encoding of non-ASCII text can make it longer than what was typed. */
    public static final int MAX_CANONICAL_LENGTH = WebAddress.MAX_CANONICAL_LENGTH;

    public ReportedUrl {
        Objects.requireNonNull(submitted, "submitted");
        Objects.requireNonNull(canonical, "canonical");
    }

    /** Reads an address as typed; the error names what is wrong with it (its field is left empty). */
    public static Either<FieldError, ReportedUrl> parse(String input) {
        return WebAddress.parse(input).map(address -> new ReportedUrl(input.strip(), address.canonical()));
    }

    /** The host of the canonical form, in punycode and lower case; an IPv6 host in brackets. */
    public String host() {
        int start = canonical.indexOf("://") + 3;
        int end = start;
        while (end < canonical.length() && "/?#".indexOf(canonical.charAt(end)) < 0) {
            end++;
        }
        String hostPort = canonical.substring(start, end);
        if (hostPort.startsWith("[")) {
            return hostPort.substring(0, hostPort.indexOf(']') + 1);
        }
        int colon = hostPort.lastIndexOf(':');
        return colon < 0 ? hostPort : hostPort.substring(0, colon);
    }

    @Override
    public String toString() {
        return canonical;
    }
}
