package org.hotline.domain.recheck;

import java.util.Objects;

import org.hotline.domain.Clock;
import org.hotline.domain.Identities;
import org.hotline.domain.capture.CapturePage;
import org.hotline.domain.capture.job.Captures;
import org.hotline.domain.hosting.IpData;
import org.hotline.domain.hosting.casework.Settlements;
import org.hotline.domain.hosting.casework.TraceJobs;
import org.hotline.domain.report.Cases;
import org.hotline.domain.takedown.EndTakedown;
import org.hotline.domain.takedown.Takedowns;

/** What the re-checks work with: the takedowns and their cases, the capture, the hosting, and where checks are kept. */
public record RecheckPorts(Takedowns takedowns, Cases cases, CapturePage capturer, Captures captures,
        Settlements settlements, IpData ipData, TraceJobs traceJobs, EndTakedown end, Rechecks rechecks, Clock clock,
        Identities identities) {

    public RecheckPorts {
        Objects.requireNonNull(takedowns, "takedowns");
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(capturer, "capturer");
        Objects.requireNonNull(captures, "captures");
        Objects.requireNonNull(settlements, "settlements");
        Objects.requireNonNull(ipData, "ipData");
        Objects.requireNonNull(traceJobs, "traceJobs");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(rechecks, "rechecks");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(identities, "identities");
    }
}
