package org.hotline.domain.assessment;

import java.time.Instant;
import java.util.Objects;

import io.vavr.control.Either;
import org.hotline.domain.Clock;
import org.hotline.domain.Rejection;
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.audit.AuditTrail;
import org.hotline.domain.report.Case;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.CaseRefusal;
import org.hotline.domain.report.Cases;
import org.hotline.domain.report.ClaimSettings;
import org.hotline.domain.report.FindOpenCases;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.staff.Role;
import org.hotline.domain.welfare.Spell;
import org.hotline.domain.welfare.Welfare;
import org.hotline.domain.welfare.WelfareStatus;
import org.jmolecules.ddd.annotation.Service;

/**
 * Hands out and takes back claims on cases. A claim is stored by a conditional update ({@link Cases#change}): of two
 * analysts claiming one case at once, exactly one gets it, and the other is told it is taken. An analyst past the
 * daily limit gets no new case (see {@link Welfare}). Each claim starts a spell of assessment time in the analyst's
 * exposure log; each release ends one. Every change is audited in the same unit of work.
 */
@Service
public final class ClaimDesk implements ClaimCase, ReleaseLapsedClaims {

    /** How many cases at the head of the queue claimNext tries, should others claim them first. */
    static final int CANDIDATES = 10;
    static final int LAPSED_PER_ROUND = 100;

    private final Cases cases;
    private final FindOpenCases openCases;
    private final Welfare welfare;
    private final AuditTrail audit;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final ClaimSettings settings;

    public ClaimDesk(Cases cases, FindOpenCases openCases, Welfare welfare, AuditTrail audit, UnitOfWork unitOfWork,
            Clock clock, ClaimSettings settings) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.openCases = Objects.requireNonNull(openCases, "openCases");
        this.welfare = Objects.requireNonNull(welfare, "welfare");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public Either<Rejection<ClaimRefusal>, Case.Claimed> claimNext(Acting analyst) {
        return analyst.as(ClaimRefusal.ROLE_REQUIRED, Role.ANALYST).flatMap(who -> unitOfWork.inOneUnit(() -> cleared(who)
                .flatMap(cleared -> {
                    Instant now = clock.instant();
                    for (CaseId candidate : openCases.claimable(now, CANDIDATES)) {
                        Either<Rejection<ClaimRefusal>, Case.Claimed> claimed = cases.byId(candidate)
                                .toEither(() -> Rejection.of(ClaimRefusal.CASE_UNKNOWN, "The case is gone."))
                                .flatMap(found -> claim(who, found, now));
                        if (claimed.isRight()) {
                            return claimed;
                        }
                    }
                    return Either.left(Rejection.of(ClaimRefusal.QUEUE_EMPTY, "No case is waiting to be claimed."));
                })));
    }

    @Override
    public Either<Rejection<ClaimRefusal>, Case.Claimed> claim(Acting analyst, String caseId) {
        return analyst.as(ClaimRefusal.ROLE_REQUIRED, Role.ANALYST).flatMap(who -> unitOfWork.inOneUnit(() -> cleared(who)
                .flatMap(cleared -> named(caseId))
                .flatMap(found -> claim(who, found, clock.instant()))));
    }

    /** The analyst may be handed a case: they have not reached their daily limit. */
    private Either<Rejection<ClaimRefusal>, WelfareStatus> cleared(Acting who) {
        return welfare.clearedToClaim(who.staff())
                .mapLeft(reached -> Rejection.of(ClaimRefusal.LIMIT_REACHED, reached.detail()));
    }

    private Either<Rejection<ClaimRefusal>, Case> named(String caseId) {
        return cases.named(caseId).toEither(() -> Rejection.of(ClaimRefusal.CASE_UNKNOWN, Cases.NO_SUCH_CASE));
    }

    private Either<Rejection<ClaimRefusal>, Case.Claimed> claim(Acting who, Case found, Instant now) {
        return found.claim(who.staff(), now, settings).mapLeft(ClaimRefusal::of).flatMap(claimed -> {
            if (!cases.change(claimed)) {
                return Either.left(Rejection.of(ClaimRefusal.TAKEN, "Another analyst claimed this case a moment ago."));
            }
            welfare.assessmentBegan(who.staff(), found.id(), now, claimed.after().expiresAt());
            audit.record(CaseAudit.of(who, claimed));
            return Either.right(claimed);
        });
    }

    @Override
    public Either<Rejection<ClaimRefusal>, Case.ClaimReleased> release(Acting analyst, String caseId) {
        return analyst.as(ClaimRefusal.ROLE_REQUIRED, Role.ANALYST).flatMap(who -> unitOfWork.inOneUnit(() -> named(caseId).flatMap(found -> {
            Instant now = clock.instant();
            return found.release(who.staff(), now).mapLeft(ClaimRefusal::of).flatMap(released -> {
                if (!cases.change(released)) {
                    return Either.left(Rejection.of(ClaimRefusal.CHANGED_MEANWHILE, CHANGED_MEANWHILE));
                }
                welfare.assessmentEnded(who.staff(), found.id(), released.before().claimedAt(), now, Spell.Ending.RELEASED);
                audit.record(CaseAudit.of(who, released));
                return Either.right(released);
            });
        })));
    }

    @Override
    public int releaseLapsed() {
        Instant now = clock.instant();
        return unitOfWork.inOneUnit(() -> {
            int tidied = 0;
            for (Case found : openCases.lapsedClaims(now, LAPSED_PER_ROUND)) {
                Either<Rejection<CaseRefusal>, Case.ClaimLapsed> lapsed = found.lapse(now);
                if (lapsed.isRight() && cases.change(lapsed.get())) {
                    audit.record(CaseAudit.bySystem(lapsed.get()));
                    tidied++;
                }
            }
            return tidied;
        });
    }

    /** The English words for a case someone changed between reading and storing it. */
    static final String CHANGED_MEANWHILE = "Someone changed this case a moment ago; look at it again.";
}
