package org.hotline.domain.assessment;

import java.util.Objects;

import org.hotline.domain.Clock;
import org.hotline.domain.Identities;
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.audit.AuditTrail;
import org.hotline.domain.report.Cases;
import org.hotline.domain.welfare.Welfare;

/** What the desks that decide cases (assessment, appeal, legal decision) record their decisions through. */
public record DecisionPorts(Cases cases, Assessments assessments, Welfare welfare, AuditTrail audit, UnitOfWork unitOfWork,
        Clock clock, Identities identities, Withdrawals withdrawals) {

    public DecisionPorts {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(assessments, "assessments");
        Objects.requireNonNull(welfare, "welfare");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(identities, "identities");
        Objects.requireNonNull(withdrawals, "withdrawals");
    }
}
