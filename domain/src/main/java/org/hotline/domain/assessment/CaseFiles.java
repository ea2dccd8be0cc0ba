package org.hotline.domain.assessment;

import java.time.Instant;
import java.util.Objects;

import io.vavr.control.Either;
import org.hotline.domain.Clock;
import org.hotline.domain.Rejection;
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.audit.AuditEntry;
import org.hotline.domain.audit.AuditTrail;
import org.hotline.domain.report.Cases;
import org.hotline.domain.report.FindCaseReports;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.staff.Role;
import org.jmolecules.ddd.annotation.Service;

/** Opens cases for analysts, supervisors and legal advisers, recording each opening in the audit trail as a view of report details. */
@Service
public final class CaseFiles implements ViewCaseFile {

    /** The most reports shown with a case; a viral address can have thousands, the signals count them all. */
    public static final int REPORTS_SHOWN = 50;

    private final Cases cases;
    private final FindCaseReports reports;
    private final Assessments assessments;
    private final AuditTrail audit;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public CaseFiles(Cases cases, FindCaseReports reports, Assessments assessments, AuditTrail audit, UnitOfWork unitOfWork,
            Clock clock) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.assessments = Objects.requireNonNull(assessments, "assessments");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Either<Rejection<CaseFileRefusal>, CaseFile> open(Acting viewer, String caseId) {
        return viewer.as(CaseFileRefusal.ROLE_REQUIRED, Role.ANALYST, Role.SUPERVISOR, Role.LEGAL_ADVISER).flatMap(who -> unitOfWork.inOneUnit(() -> cases.named(caseId)
                .toEither(() -> Rejection.of(CaseFileRefusal.CASE_UNKNOWN, Cases.NO_SUCH_CASE)).map(found -> {
            Instant now = clock.instant();
            audit.record(AuditEntry.byStaff(who.staff(), who.role(), now, "report.viewed", CaseAudit.subject(found.id()), "", ""));
            return new CaseFile(found, found.state().asOf(now), found.claimHolder(now), reports.signals(found.id()),
                    reports.earliest(found.id(), REPORTS_SHOWN), assessments.ofCase(found.id()));
        })));
    }
}
