package org.hotline.domain.capture;

import java.util.Objects;

import org.hotline.domain.report.ReportedUrl;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One answer on the way to the final one: the address asked, the network address connected to, and the redirect
 * status it answered with ({@code 301}, {@code 302}, {@code 303}, {@code 307} or {@code 308}).
 */
@ValueObject
public record Hop(ReportedUrl address, IpAddress connectedTo, int status) {

    public Hop {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(connectedTo, "connectedTo");
        if (status < 100 || status > 999) {
            throw new IllegalArgumentException("an HTTP status has three digits, not " + status);
        }
    }
}
