package org.hotline.domain.hosting.casework;

import java.util.Objects;

import org.hotline.domain.Clock;
import org.hotline.domain.Identities;
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.audit.AuditTrail;
import org.hotline.domain.report.Cases;

/** The secondary ports the hosting of cases works through. */
public record HostingPorts(Cases cases, TraceJobs jobs, HostingTraces traces, Settlements settlements, AuditTrail audit,
        UnitOfWork unitOfWork, Clock clock, Identities identities) {

    public HostingPorts {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(jobs, "jobs");
        Objects.requireNonNull(traces, "traces");
        Objects.requireNonNull(settlements, "settlements");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(identities, "identities");
    }
}
