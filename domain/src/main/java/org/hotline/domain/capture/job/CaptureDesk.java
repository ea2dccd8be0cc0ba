package org.hotline.domain.capture.job;

import java.time.Instant;
import java.util.Objects;

import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.Clock;
import org.hotline.domain.Identities;
import org.hotline.domain.Rejection;
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.audit.AuditEntry;
import org.hotline.domain.audit.AuditSubject;
import org.hotline.domain.audit.AuditTrail;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.Cases;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.staff.Role;
import org.jmolecules.ddd.annotation.Service;

/**
 * Captures as staff see and ask for them: the captures of a case, where each case's latest capture stands, and
 * "capture again", which adds a pending job for the case's address unless one is waiting already, and records who
 * asked in the audit trail ({@code capture.requested}).
 */
@Service
public final class CaptureDesk implements RequestCapture, ViewCaptures {

    private final Cases cases;
    private final CaptureJobs jobs;
    private final Captures captures;
    private final AuditTrail audit;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final Identities identities;

    public CaptureDesk(Cases cases, CaptureJobs jobs, Captures captures, AuditTrail audit, UnitOfWork unitOfWork,
            Clock clock, Identities identities) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.captures = Objects.requireNonNull(captures, "captures");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.identities = Objects.requireNonNull(identities, "identities");
    }

    @Override
    public Either<Rejection<CaptureRefusal>, CaptureJob> captureAgain(Acting who, String caseId) {
        return who.as(CaptureRefusal.ROLE_REQUIRED, Role.ANALYST, Role.SUPERVISOR).flatMap(member -> unitOfWork.inOneUnit(() -> cases.named(caseId)
                .toEither(() -> Rejection.of(CaptureRefusal.CASE_UNKNOWN, Cases.NO_SUCH_CASE))
                .flatMap(found -> {
                    Instant now = clock.instant();
                    CaptureJob job = CaptureJob.requested(new CaptureJobId(identities.next()), found.id(), found.url(), now,
                            Option.some(member.staff()));
                    if (!jobs.request(job)) {
                        return Either.left(Rejection.of(CaptureRefusal.ALREADY_WAITING,
                                "A capture of this case is waiting or running already; its outcome will be shown here."));
                    }
                    audit.record(AuditEntry.byStaff(member.staff(), member.role(), now, "capture.requested",
                            AuditSubject.ofCase(found.id()), "", "capture job " + job.id()));
                    return Either.right(job);
                })));
    }

    @Override
    public Either<Rejection<CaptureViewRefusal>, CaseCaptures> captures(Acting viewer, String caseId) {
        return viewer.as(CaptureViewRefusal.ROLE_REQUIRED, Role.ANALYST, Role.SUPERVISOR).flatMap(member -> cases.named(caseId)
                .toEither(() -> Rejection.of(CaptureViewRefusal.CASE_UNKNOWN, Cases.NO_SUCH_CASE))
                .map(found -> new CaseCaptures(found.id(), jobs.latestOf(found.id()), captures.ofCase(found.id()))));
    }

    @Override
    public Either<Rejection<CaptureViewRefusal>, Map<CaseId, CaptureJob>> latestJobs(Acting viewer, Seq<CaseId> caseIds) {
        return viewer.as(CaptureViewRefusal.ROLE_REQUIRED, Role.ANALYST, Role.SUPERVISOR).map(member -> jobs.latestOf(caseIds));
    }

    @Override
    public Either<Rejection<CaptureViewRefusal>, Map<CaseId, Integer>> knownItems(Acting viewer, Seq<CaseId> caseIds) {
        return viewer.as(CaptureViewRefusal.ROLE_REQUIRED, Role.ANALYST, Role.SUPERVISOR)
                .map(member -> captures.knownItemsOfLatest(caseIds));
    }
}
