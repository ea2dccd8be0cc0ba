package org.hotline.domain.hosting.casework;

import java.time.Instant;
import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.FieldError;
import org.hotline.domain.PlainText;
import org.hotline.domain.Rejection;
import org.hotline.domain.assessment.Assessment;
import org.hotline.domain.assessment.Assessments;
import org.hotline.domain.audit.AuditEntry;
import org.hotline.domain.capture.job.Captures;
import org.hotline.domain.exchange.ItemFingerprint;
import org.hotline.domain.exchange.NetworkExchange;
import org.hotline.domain.exchange.Referral;
import org.hotline.domain.hosting.HostingDecision;
import org.hotline.domain.hosting.HostingDecisionRefusal;
import org.hotline.domain.hosting.HostingSummary;
import org.hotline.domain.hosting.IpData;
import org.hotline.domain.law.CooperationAgreement;
import org.hotline.domain.law.Step;
import org.hotline.domain.law.Verdict;
import org.hotline.domain.report.AfterTrace;
import org.hotline.domain.report.Case;
import org.hotline.domain.report.Cases;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.staff.Role;
import org.hotline.domain.takedown.StartTakedown;
import org.jmolecules.ddd.annotation.Service;

/**
 * The hosting of cases as staff handle it. Settling the country takes the latest trace's summary to judge it (one of
 * the countries found as it is, another with a reason), asks the cooperation agreement what follows for the verdict
 * the case follows, moves the case on by a conditional update, keeps the settlement and writes the audit record (with
 * the reason), all in one unit of work; a case settled for takedown has its takedown started in that unit too.
 */
@Service
public final class HostingDesk implements SettleHosting {


    private final HostingPorts ports;
    private final Assessments assessments;
    private final Agreement agreement;
    private final IpData ipData;
    private final NetworkExchange exchange;
    private final Option<Captures> captures;
    private final StartTakedown takedowns;

    /** A desk whose referrals carry no fingerprints (for tests without captures). */
    public HostingDesk(HostingPorts ports, Assessments assessments, CooperationAgreement agreement,
            NetworkExchange exchange, IpData ipData, StartTakedown takedowns) {
        this(ports, assessments, agreement, exchange, ipData, Option.none(), takedowns);
    }

    /** A desk whose referrals carry the fingerprints of the items of each case's latest capture. */
    public HostingDesk(HostingPorts ports, Assessments assessments, CooperationAgreement agreement,
            NetworkExchange exchange, IpData ipData, Captures captures, StartTakedown takedowns) {
        this(ports, assessments, agreement, exchange, ipData, Option.some(captures), takedowns);
    }

    private HostingDesk(HostingPorts ports, Assessments assessments, CooperationAgreement agreement,
            NetworkExchange exchange, IpData ipData, Option<Captures> captures, StartTakedown takedowns) {
        this.takedowns = Objects.requireNonNull(takedowns, "takedowns");
        this.captures = Objects.requireNonNull(captures, "captures");
        this.ports = Objects.requireNonNull(ports, "ports");
        this.assessments = Objects.requireNonNull(assessments, "assessments");
        this.agreement = new Agreement(agreement, exchange);
        this.ipData = Objects.requireNonNull(ipData, "ipData");
        this.exchange = exchange;
    }

    @Override
    public Either<Rejection<HostingRefusal>, CaseHosting> hostingOf(Acting viewer, String caseId) {
        return viewer.as(HostingRefusal.ROLE_REQUIRED, Role.ANALYST, Role.SUPERVISOR).flatMap(member -> named(caseId)
                .map(found -> new CaseHosting(found, ports.traces().ofCase(found.id()), ports.jobs().waitingOf(found.id()),
                        ports.settlements().ofCase(found.id()), ipData.current().version(),
                        found.awaitingHostingTrace().isRight())));
    }

    @Override
    public Either<Rejection<HostingRefusal>, TraceJob> traceAgain(Acting who, String caseId) {
        return who.as(HostingRefusal.ROLE_REQUIRED, Role.ANALYST, Role.SUPERVISOR).flatMap(member -> ports.unitOfWork()
                .inOneUnit(() -> named(caseId).flatMap(found -> {
                    Instant now = ports.clock().instant();
                    TraceJob job = TraceJob.requested(new TraceJobId(ports.identities().next()), found.id(), now,
                            Option.some(member.staff()));
                    if (!ports.jobs().request(job)) {
                        return Either.left(Rejection.of(HostingRefusal.TRACE_WAITING,
                                "A trace of this case is waiting or running already; it will be shown here."));
                    }
                    ports.audit().record(AuditEntry.byStaff(member.staff(), member.role(), now, "hosting.trace_requested",
                            "case:" + found.id(), "", "trace job " + job.id()));
                    return Either.right(job);
                })));
    }

    @Override
    public Either<Rejection<HostingRefusal>, Settlement> settle(Acting who, String caseId, String country, String reason) {
        return who.as(HostingRefusal.ROLE_REQUIRED, Role.ANALYST, Role.SUPERVISOR).flatMap(member -> plain(member, reason))
                .flatMap(member -> countryOf(country).flatMap(code -> ports.unitOfWork().inOneUnit(() -> named(caseId)
                        .flatMap(found -> found.awaitingHostingTrace().map(awaiting -> found)
                                .mapLeft(refused -> refused.as(HostingRefusal.NOT_AWAITING_TRACE)))
                        .flatMap(found -> settle(member, found, code, reason)))));
    }

    private Either<Rejection<HostingRefusal>, Case> named(String caseId) {
        return ports.cases().named(caseId).toEither(() -> Rejection.of(HostingRefusal.CASE_UNKNOWN, Cases.NO_SUCH_CASE));
    }

    private Either<Rejection<HostingRefusal>, Settlement> settle(Acting member, Case found, CountryCode country,
            String reason) {
        Option<RecordedTrace> latest = ports.traces().ofCase(found.id()).headOption();
        HostingSummary summary = latest.map(recorded -> recorded.trace().summary())
                .getOrElse(() -> new HostingSummary(List.empty(), List.empty()));
        Option<Assessment> followed = assessments.ofCase(found.id()).lastOption();
        if (followed.isEmpty() || !(followed.get().verdict() instanceof Verdict.Illegal)) {
            return Either.left(Rejection.of(HostingRefusal.NOT_ILLEGAL,
                    "The case's latest decision does not find the material illegal."));
        }
        return summary.decide(country, reason).mapLeft(HostingDesk::asHosting).flatMap(decision -> {
            Instant now = ports.clock().instant();
            Agreement.Course course = agreement.courseFor(followed.get().verdict(), country);
            return found.settleHosting(member.staff(), country, course.next(), now)
                    .mapLeft(refused -> refused.as(HostingRefusal.NOT_AWAITING_TRACE)).flatMap(settled -> {
                if (!ports.cases().change(settled)) {
                    return Either.left(Rejection.of(HostingRefusal.CHANGED_MEANWHILE,
                            "Someone changed this case a moment ago; look at it again."));
                }
                Settlement settlement = new Settlement(new SettlementId(ports.identities().next()), found.id(),
                        latest.map(RecordedTrace::id), decision, CountryStanding.of(course.location()),
                        course.procedure().name(), course.procedure().steps().map(Step::description), course.next(),
                        member.staff(), now);
                ports.settlements().add(settlement);
                if (course.next() == AfterTrace.REFERRAL) {
                    refer(found, country, summary, followed.get(), now);
                }
                ports.audit().record(AuditEntry.byStaff(member.staff(), member.role(), now, settled.action(),
                        "case:" + found.id(), settled.before().describe(), describe(settled, settlement)));
                if (course.next() == AfterTrace.TAKEDOWN) {
                    startTakedown(found, course, now);
                }
                return Either.right(settlement);
            });
        });
    }

    /** Starts the case's takedown on the agreement's procedure, in the settlement's unit of work. */
    private void startTakedown(Case found, Agreement.Course course, Instant now) {
        takedowns.start(found.id(), course.procedure(), now).getOrElseThrow(problem -> new IllegalStateException(
                "the case was settled for takedown, but its takedown could not start: " + problem.detail()));
    }

    /** Refers the case to the member hotline of its hosting country, in the settlement's unit of work. */
    private void refer(Case found, CountryCode country, HostingSummary summary, Assessment followed, Instant now) {
        var referral = ReferralOf.of(ports.identities().next(), agreement.home(), found, country, summary,
                followed.classification(), fingerprintsOf(found), now);
        exchange.refer(found.id(), referral).getOrElseThrow(problem -> new IllegalStateException(
                "the case was settled to be referred, but the exchange refused it: " + problem));
    }

    /** The fingerprints of the items of the case's latest capture (each once, at most as many as a referral carries). */
    private List<ItemFingerprint> fingerprintsOf(Case found) {
        return captures.flatMap(kept -> kept.ofCase(found.id()).headOption()).map(latest -> latest.items()
                        .flatMap(item -> item.item().fingerprints())
                        .map(prints -> new ItemFingerprint(prints.sha256().hex(), prints.pdq().map(pdq -> pdq.hash().hex())))
                        .distinct().take(Referral.MAX_ITEMS).toList())
                .getOrElse(List.empty());
    }

    /** A reason with a character no text may hold (NUL, other control characters) is refused beside its field. */
    private static Either<Rejection<HostingRefusal>, Acting> plain(Acting member, String reason) {
        var forbidden = PlainText.checkLines(REASON_FIELD, reason == null ? "" : reason);
        return forbidden.isEmpty() ? Either.right(member) : Either.left(Rejection.ofFields(HostingRefusal.REASON_INVALID,
                "The reason holds a character that is not allowed.", List.of(forbidden.get())));
    }

    /** The summary's refusal of the country, as this port's. */
    private static Rejection<HostingRefusal> asHosting(Rejection<HostingDecisionRefusal> refused) {
        return refused.as(switch (refused.reason()) {
            case REASON_REQUIRED -> HostingRefusal.REASON_REQUIRED;
            case REASON_TOO_LONG -> HostingRefusal.REASON_TOO_LONG;
        });
    }

    private static Either<Rejection<HostingRefusal>, CountryCode> countryOf(String typed) {
        return CountryCode.parse(typed)
                .toEither(() -> Rejection.ofFields(HostingRefusal.COUNTRY_INVALID, "Name the hosting country by its two-letter code.",
                        List.of(new FieldError(COUNTRY_FIELD, HostingRefusal.COUNTRY_INVALID.code(),
                                "A country is named by its two-letter ISO code, such as NL."))));
    }

    private static String describe(Case.HostingSettled settled, Settlement settlement) {
        HostingDecision decision = settlement.decision();
        return settled.after().describe() + "; hosting country " + decision.country() + " (" + decision.basis()
                + decision.reason().map(reason -> ": " + reason).getOrElse("") + "), "
                + settlement.standing() + "; procedure " + settlement.procedure()
                + settlement.trace().map(trace -> "; trace " + trace).getOrElse("; no trace");
    }
}
