package org.hotline.domain.throttle;

import java.util.Objects;

import org.jmolecules.ddd.annotation.Service;

/**
 * The public's rate limit of reports: a bucket per client address, shared by every instance. Partners presenting
 * their key are not held to it (the web adapter does not ask).
 */
@Service
public final class ReportRateLimit implements ThrottleReports {

    private final TokenBuckets buckets;
    private final Allowance allowance;

    public ReportRateLimit(TokenBuckets buckets, Allowance allowance) {
        this.buckets = Objects.requireNonNull(buckets, "buckets");
        this.allowance = Objects.requireNonNull(allowance, "allowance");
    }

    @Override
    public Admission admit(String client) {
        Objects.requireNonNull(client, "client");
        return allowance.limits() ? buckets.take("report:" + client, allowance) : Admission.ADMITTED;
    }
}
