package org.hotline.domain.capture;

import java.util.Objects;

import org.hotline.domain.report.ReportedUrl;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The final answer of a fetch, after any redirects: the address it came from, the network address connected to, the
 * status, the kept headers, the type sniffed from its bytes and its size once decompressed.
 */
@ValueObject
public record Answer(ReportedUrl address, IpAddress connectedTo, int status, KeptHeaders headers, ContentType type,
        long size) {

    public Answer {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(connectedTo, "connectedTo");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(type, "type");
        if (status < 100 || status > 999) {
            throw new IllegalArgumentException("an HTTP status has three digits, not " + status);
        }
        if (size < 0) {
            throw new IllegalArgumentException("a size is never negative");
        }
    }

    /** A 2xx status. */
    public boolean successful() {
        return status >= 200 && status < 300;
    }
}
