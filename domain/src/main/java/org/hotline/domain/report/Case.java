package org.hotline.domain.report;

import java.time.Instant;
import java.util.Objects;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.Rejection;
import org.hotline.domain.staff.StaffId;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.jmolecules.event.types.DomainEvent;

/**
 * The work on one canonical address. The first report of an address opens its case; later reports of the same
 * address, while the case is open (or for a while after it was closed as not illegal, see {@link IntakeRules}), are
 * folded into it instead of being queued again.
 *
 * <p>An analyst claims a case to assess it; the claim runs out after a while, and a case whose claim ran out counts
 * as free. Only the analyst holding a running claim may release it or record the assessment, which moves the case
 * on by what the assessment found. A supervisor may re-assess on appeal, and the case then follows the appeal.
 * Each of these is a method that returns the transition, or why it is refused; it changes nothing itself: the
 * transition is stored through {@link Cases#change}.
 */
@AggregateRoot
public final class Case {

    @Identity
    private final CaseId id;
    private final ReportedUrl url;
    private final Instant openedAt;
    private final ReportId firstReport;
    private final CaseState state;

    /** A report of an address nobody had reported before (or not since its last case closed). */
    public record Opened(CaseId caseId, String canonicalUrl, ReportId report, Instant at) implements DomainEvent {
    }

    /** A report of an address that already had a case taking in its reports joined that case. */
    public record ReportFolded(CaseId caseId, ReportId report, Instant at) implements DomainEvent {
    }

    /** A change of the case's state: what it was, what it became, when, and the action it is audited as. */
    public sealed interface Transition extends DomainEvent {
        CaseId caseId();

        Instant at();

        CaseState before();

        CaseState after();

        /** The action's name in the audit trail, such as {@code case.claimed}. */
        String action();
    }

    /** An analyst claimed the case; the claim runs until {@code after.expiresAt()}. */
    public record Claimed(CaseId caseId, StaffId analyst, Instant at, CaseState before, CaseState.InAssessment after)
            implements Transition {
        public String action() {
            return "case.claimed";
        }
    }

    /** The analyst holding the claim gave the case back to the queue without assessing it. */
    public record ClaimReleased(CaseId caseId, StaffId analyst, Instant at, CaseState.InAssessment before, CaseState after)
            implements Transition {
        public String action() {
            return "case.claim_released";
        }
    }

    /** A claim ran out without an assessment, and the case went back to the queue. */
    public record ClaimLapsed(CaseId caseId, Instant at, CaseState.InAssessment before, CaseState after)
            implements Transition {
        public String action() {
            return "case.claim_lapsed";
        }
    }

    /** The analyst holding the claim recorded the assessment, and the case moved on by what it found. */
    public record Assessed(CaseId caseId, StaffId analyst, Finding finding, Instant at, CaseState.InAssessment before,
            CaseState after) implements Transition {
        public String action() {
            return "case.assessed";
        }
    }

    /**
     * The system classified the case without an analyst: every item of its capture is known as illegal under the home
     * jurisdiction's classification, and the case moved on as an assessment finding it illegal moves it.
     */
    public record ClassifiedBySystem(CaseId caseId, Finding finding, Instant at, CaseState before, CaseState after)
            implements Transition {
        public String action() {
            return "case.classified_by_system";
        }
    }

    /** A supervisor re-assessed the case on appeal, and the case now follows the appeal. */
    public record Reassessed(CaseId caseId, StaffId reviewer, Finding finding, Instant at, CaseState before,
            CaseState after) implements Transition {
        public String action() {
            return "case.appealed";
        }
    }

    /** A legal adviser decided what the law as modelled left open, ending the legal review. */
    public record LegallyDecided(CaseId caseId, StaffId adviser, Finding finding, Instant at,
            CaseState.AwaitingLegalReview before, CaseState after) implements Transition {
        public String action() {
            return "case.legal_decision";
        }
    }

    /** A member of staff settled where the content is hosted, and the case moved on as the cooperation agreement says. */
    public record HostingSettled(CaseId caseId, StaffId by, CountryCode country, AfterTrace next, Instant at,
            CaseState.AwaitingHostingTrace before, CaseState after) implements Transition {
        public String action() {
            return "case.hosting_settled";
        }
    }

    /** The content was seen gone while the case was in takedown: the case closes as content removed. */
    public record ContentRemoved(CaseId caseId, String evidence, Instant at, CaseState.InTakedown before, CaseState after)
            implements Transition {
        public String action() {
            return "case.content_removed";
        }
    }

    private Case(CaseId id, ReportedUrl url, Instant openedAt, ReportId firstReport, CaseState state) {
        this.id = Objects.requireNonNull(id, "id");
        this.url = Objects.requireNonNull(url, "url");
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.firstReport = Objects.requireNonNull(firstReport, "firstReport");
        this.state = Objects.requireNonNull(state, "state");
    }

    /** The case a report would open for one of its addresses, if no case for that address is open yet. */
    public static Case open(CaseId id, ReportedUrl url, Report report) {
        return new Case(id, url, report.receivedAt(), report.id(), new CaseState.AwaitingAssessment());
    }

    /** Rebuilds a case that was stored earlier. */
    public static Case restore(CaseId id, ReportedUrl url, Instant openedAt, ReportId firstReport, CaseState state) {
        return new Case(id, url, openedAt, firstReport, state);
    }

    public CaseId id() {
        return id;
    }

    public ReportedUrl url() {
        return url;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public ReportId firstReport() {
        return firstReport;
    }

    public CaseState state() {
        return state;
    }

    /** The analyst whose claim is running at the given time; none when the case is not claimed or the claim ran out. */
    public Option<StaffId> claimHolder(Instant at) {
        return runningClaim(at).map(CaseState.InAssessment::analyst);
    }

    /**
     * Claims the case for an analyst, for the length the settings give. A case waiting for assessment may be
     * claimed, and so may a case whose claim ran out; a running claim, the analyst's own included, may not.
     */
    public Either<Rejection<CaseRefusal>, Claimed> claim(StaffId analyst, Instant at, ClaimSettings settings) {
        Objects.requireNonNull(analyst, "analyst");
        Objects.requireNonNull(settings, "settings");
        Option<CaseState.InAssessment> running = runningClaim(at);
        if (running.isDefined()) {
            return Either.left(running.get().analyst().equals(analyst)
                    ? Rejection.of(CaseRefusal.CLAIM_ALREADY_YOURS, "You hold the claim on this case already, until "
                            + running.get().expiresAt() + ".")
                    : Rejection.of(CaseRefusal.CLAIM_TAKEN, "Another analyst is assessing this case; their claim runs until "
                            + running.get().expiresAt() + "."));
        }
        if (!(state instanceof CaseState.Claimable)) {
            return Either.left(Rejection.of(CaseRefusal.NOT_AWAITING_ASSESSMENT,
                    "This case is not waiting for assessment; it is " + state.name() + "."));
        }
        return Either.right(new Claimed(id, analyst, at, state,
                new CaseState.InAssessment(analyst, at, at.plus(settings.length()))));
    }

    /** Gives the case back to the queue: only the analyst holding a running claim may. */
    public Either<Rejection<CaseRefusal>, ClaimReleased> release(StaffId analyst, Instant at) {
        return runningClaimOf(analyst, at).map(claim ->
                new ClaimReleased(id, analyst, at, claim, new CaseState.AwaitingAssessment()));
    }

    /** Gives a case whose claim ran out back to the queue, as the program's own tidying up. */
    public Either<Rejection<CaseRefusal>, ClaimLapsed> lapse(Instant at) {
        if (!(state instanceof CaseState.InAssessment claim)) {
            return Either.left(notClaimed());
        }
        if (!claim.lapsedAt(at)) {
            return Either.left(Rejection.of(CaseRefusal.CLAIM_RUNNING, "The claim runs until " + claim.expiresAt() + "."));
        }
        return Either.right(new ClaimLapsed(id, at, claim, new CaseState.AwaitingAssessment()));
    }

    /**
     * Records what the assessment found: not illegal closes the case with the law's reason, illegal sends it on to
     * the hosting trace, and an open question of law to legal review. Only the analyst holding a running claim may.
     */
    public Either<Rejection<CaseRefusal>, Assessed> assess(StaffId analyst, Finding finding, Instant at) {
        Objects.requireNonNull(finding, "finding");
        return runningClaimOf(analyst, at).map(claim -> new Assessed(id, analyst, finding, at, claim, finding.nextState(at)));
    }

    /**
     * Classifies the case by the system, from known content: only a case waiting for assessment (a claim that ran out
     * counts as waiting), never one an analyst is assessing, and only as illegal.
     */
    public Either<Rejection<CaseRefusal>, ClassifiedBySystem> classifyBySystem(Finding finding, Instant at) {
        Objects.requireNonNull(finding, "finding");
        if (finding.kind() != Finding.Kind.ILLEGAL) {
            throw new IllegalArgumentException("the system classifies known content as illegal only");
        }
        if (!(state.asOf(at) instanceof CaseState.AwaitingAssessment)) {
            return Either.left(Rejection.of(CaseRefusal.NOT_AWAITING_ASSESSMENT,
                    "This case is not waiting for assessment; it is " + state.name() + "."));
        }
        return Either.right(new ClassifiedBySystem(id, finding, at, state, finding.nextState(at)));
    }

    /**
     * Re-assesses an assessed case on appeal: the case follows the appeal's finding. A case is open to appeal while
     * it awaits legal review or the hosting trace, after it was closed as not illegal, and while it is referred to
     * another hotline or in takedown, which is when a host or a partner is most likely to contest it. There, an
     * appeal that finds the material not illegal closes the case (what is pending is withdrawn by the caller), one
     * that finds it illegal leaves the referral or takedown where it is, and one the law does not settle sends the
     * case to legal review, with what is pending left standing until a legal adviser decides.
     */
    public Either<Rejection<CaseRefusal>, Reassessed> reassess(StaffId reviewer, Finding finding, Instant at) {
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(finding, "finding");
        if (!state.appealable()) {
            return Either.left(Rejection.of(CaseRefusal.NOT_APPEALABLE, "Only an assessed case can be appealed: one that awaits"
                    + " legal review or the hosting trace, is referred or in takedown, or was closed as not illegal;"
                    + " this one is " + state.name() + "."));
        }
        boolean staysPursued = state instanceof CaseState.Pursued && finding.kind() == Finding.Kind.ILLEGAL;
        return Either.right(new Reassessed(id, reviewer, finding, at, state, staysPursued ? state : finding.nextState(at)));
    }

    /**
     * Ends the legal review with a legal adviser's decision: illegal sends the case on to the hosting trace, not
     * illegal closes it with the adviser's reasoning. Only a case awaiting legal review can be decided, and only as
     * illegal or not illegal.
     */
    public Either<Rejection<CaseRefusal>, LegallyDecided> decideLegalReview(StaffId adviser, Finding finding, Instant at) {
        Objects.requireNonNull(adviser, "adviser");
        Objects.requireNonNull(finding, "finding");
        if (finding.kind() == Finding.Kind.NEEDS_LEGAL_REVIEW) {
            throw new IllegalArgumentException("a legal decision says illegal or not illegal");
        }
        return legalReview().map(review -> new LegallyDecided(id, adviser, finding, at, review, finding.nextState(at)));
    }

    /** The legal review the case awaits; or, when it awaits none, why a legal adviser cannot decide it. */
    public Either<Rejection<CaseRefusal>, CaseState.AwaitingLegalReview> legalReview() {
        if (!(state instanceof CaseState.AwaitingLegalReview review)) {
            return Either.left(Rejection.of(CaseRefusal.NOT_AWAITING_LEGAL_REVIEW, "Only a case awaiting legal review can be decided"
                    + " by a legal adviser; this one is " + state.name() + "."));
        }
        return Either.right(review);
    }

    /**
     * Settles where the content is hosted, moving the case on: to takedown, to be referred to the member hotline of
     * the country, to the police, or closed where the agreement leaves nothing to do. Only a case awaiting the hosting trace can be settled.
     */
    public Either<Rejection<CaseRefusal>, HostingSettled> settleHosting(StaffId by, CountryCode country, AfterTrace next, Instant at) {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(next, "next");
        return awaitingHostingTrace().map(awaiting -> new HostingSettled(id, by, country, next, at, awaiting,
                afterTrace(country, next, at)));
    }

    /** The hosting trace the case awaits; or, when it awaits none, why its hosting country cannot be settled. */
    public Either<Rejection<CaseRefusal>, CaseState.AwaitingHostingTrace> awaitingHostingTrace() {
        if (!(state instanceof CaseState.AwaitingHostingTrace awaiting)) {
            return Either.left(Rejection.of(CaseRefusal.NOT_AWAITING_HOSTING_TRACE, "Only a case awaiting the hosting trace can have"
                    + " its hosting country settled; this one is " + state.name() + "."));
        }
        return Either.right(awaiting);
    }

    /**
     * Closes a case in takedown once its content was seen gone, with the evidence as the closing note. Only a case in
     * takedown can be closed so.
     */
    public Either<Rejection<CaseRefusal>, ContentRemoved> contentRemoved(String evidence, Instant at) {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(at, "at");
        if (!(state instanceof CaseState.InTakedown takedown)) {
            return Either.left(Rejection.of(CaseRefusal.NOT_IN_TAKEDOWN, "Only a case in takedown is closed by its content"
                    + " seen gone; this one is " + state.name() + "."));
        }
        return Either.right(new ContentRemoved(id, evidence, at, takedown,
                new CaseState.Closed(at, CaseState.ClosureReason.CONTENT_REMOVED, Option.some(evidence))));
    }

    private static CaseState afterTrace(CountryCode country, AfterTrace next, Instant at) {
        return switch (next) {
            case TAKEDOWN -> new CaseState.InTakedown(at);
            case REFERRAL -> new CaseState.ToRefer(at, country);
            case POLICE -> new CaseState.ForPolice(at, country);
            case CLOSE -> new CaseState.Closed(at, CaseState.ClosureReason.OUT_OF_REMIT, Option.some("hosted in " + country));
        };
    }

    /** The case after a transition that was made from its current state. */
    public Case apply(Transition transition) {
        if (!transition.caseId().equals(id) || !transition.before().equals(state)) {
            throw new IllegalArgumentException("the transition " + transition + " was not made from " + this);
        }
        return new Case(id, url, openedAt, firstReport, transition.after());
    }

    private Option<CaseState.InAssessment> runningClaim(Instant at) {
        return state instanceof CaseState.InAssessment claim && !claim.lapsedAt(at) ? Option.some(claim) : Option.none();
    }

    /** The analyst's running claim on the case; or, when they hold none, why not. */
    public Either<Rejection<CaseRefusal>, CaseState.InAssessment> runningClaimOf(StaffId analyst, Instant at) {
        Objects.requireNonNull(analyst, "analyst");
        if (!(state instanceof CaseState.InAssessment claim)) {
            return Either.left(notClaimed());
        }
        if (!claim.analyst().equals(analyst)) {
            return Either.left(Rejection.of(CaseRefusal.CLAIM_NOT_YOURS, "Another analyst holds the claim on this case."));
        }
        if (claim.lapsedAt(at)) {
            return Either.left(Rejection.of(CaseRefusal.CLAIM_EXPIRED, "Your claim on this case ran out at " + claim.expiresAt()
                    + "; claim it again to go on."));
        }
        return Either.right(claim);
    }

    private Rejection<CaseRefusal> notClaimed() {
        return Rejection.of(CaseRefusal.NOT_CLAIMED, "Nobody holds a claim on this case; it is " + state.name() + ".");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Case that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Case[" + id + ", " + url.canonical() + ", " + state.name() + "]";
    }
}
