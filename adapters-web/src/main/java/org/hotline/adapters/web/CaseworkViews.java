package org.hotline.adapters.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.hotline.adapters.web.pages.QueuePage;
import org.hotline.adapters.web.pages.VerdictView;
import org.hotline.adapters.web.pages.WelfareBanner;
import org.hotline.domain.law.Classification;
import org.hotline.domain.law.LawWording;
import org.hotline.domain.law.Severity;
import org.hotline.domain.law.Verdict;
import org.hotline.domain.report.CaseState;
import org.hotline.domain.report.SeenContent;
import org.hotline.domain.staff.Role;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.welfare.CheckWelfare;
import org.hotline.domain.welfare.WelfareStatus;

/** What the workbench's pages show alike: the welfare banner, a running claim, a verdict. Translation only. */
final class CaseworkViews {

    private final CheckWelfare welfare;
    private final org.hotline.domain.assessment.AssessCase assessment;
    private final Times times;

    CaseworkViews(CheckWelfare welfare, org.hotline.domain.assessment.AssessCase assessment, Times times) {
        this.welfare = Objects.requireNonNull(welfare, "welfare");
        this.assessment = Objects.requireNonNull(assessment, "assessment");
        this.times = Objects.requireNonNull(times, "times");
    }

    /** The home law's questions, answers, reasons and statutes in the reader's language, as its adapter words them. */
    LawWording wording(Messages t) {
        return assessment.wording(t.locale());
    }

    Times times() {
        return times;
    }

    /** The analyst's welfare today; no banner for a member who is not an analyst. */
    WelfareBanner bannerFor(SignedInStaff member) {
        if (!member.holds(Role.ANALYST)) {
            return WelfareBanner.none();
        }
        WelfareStatus status = welfare.status(member.as(Role.ANALYST));
        return new WelfareBanner(true, Times.length(status.today().timeInAssessment()), Times.length(status.limit().limit()),
                status.today().itemsAssessed(), Times.length(status.stretch()), status.breakDue(), status.limitReached(),
                status.limitLifted(), status.mayClaim());
    }

    /** The running claim a state shows, if it is one: who holds it, until when, and whether the reader does. */
    Optional<QueuePage.Claim> claimOf(CaseState state, StaffNames names, StaffId reader, Messages t) {
        if (!(state instanceof CaseState.InAssessment claim)) {
            return Optional.empty();
        }
        return Optional.of(new QueuePage.Claim(names.of(claim.analyst()), times.hour(claim.expiresAt(), t),
                claim.analyst().equals(reader)));
    }

    /** What a reporter saw, in words, in the order of the report form. */
    static String seen(io.vavr.collection.Set<SeenContent> seen, Messages t) {
        return seen.toList().sorted().map(kind -> t.get("seen." + kind.name())).mkString(", ");
    }

    /** A recorded decision's verdict, with the reason its day was corrected, where it was. */
    static VerdictView verdictOf(org.hotline.domain.assessment.Assessment decision, LawWording wording) {
        return verdictOf(decision.classification(), decision.lawDateCorrection().toJavaOptional(), wording);
    }

    static VerdictView verdictOf(Classification classification, LawWording wording) {
        return verdictOf(classification, Optional.empty(), wording);
    }

    private static VerdictView verdictOf(Classification classification, Optional<String> lawDateCorrection,
            LawWording wording) {
        Verdict verdict = classification.verdict();
        List<VerdictView.Reference> references = List.of();
        Optional<String> severity = Optional.empty();
        if (verdict instanceof Verdict.Illegal illegal) {
            references = illegal.references().map(reference -> new VerdictView.Reference(wording.citation(reference),
                    reference.effectiveFrom().toString(), reference.effectiveUntil().map(LocalDate::toString).toJavaOptional(),
                    reference.verified(), wording.note(reference))).toJavaList();
            severity = illegal.severity().map(Severity::toString).toJavaOptional();
        }
        return new VerdictView(verdict.kind(), wording.reason(classification), classification.rule(), references, severity,
                classification.baseline(), classification.lawDate().toString(), lawDateCorrection, classification.ruleBook());
    }
}
