package org.hotline.domain.report;

import java.util.Objects;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.hotline.domain.Clock;
import org.hotline.domain.FieldError;
import org.hotline.domain.Identities;
import org.hotline.domain.Rejection;
import org.jmolecules.ddd.annotation.Service;

/** Receives reports: validates them, stamps them, and hands them to {@link Reports} to be filed into cases. */
@Service
public final class ReportIntake implements SubmitReport {

    private final Reports reports;
    private final Clock clock;
    private final Identities identities;
    private final IntakeRules rules;

    /** Intake by the standard rules. */
    public ReportIntake(Reports reports, Clock clock, Identities identities) {
        this(reports, clock, identities, IntakeRules.standard());
    }

    public ReportIntake(Reports reports, Clock clock, Identities identities, IntakeRules rules) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.identities = Objects.requireNonNull(identities, "identities");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    @Override
    public Either<Rejection<IntakeRefusal>, Receipt> submit(ReportSubmission submission) {
        Objects.requireNonNull(submission, "submission");
        if (submission.channel() == null) {
            return Either.left(invalid(io.vavr.collection.List.of(new FieldError("channel", "required", "The channel is missing."))));
        }
        return submission.validate().toEither().mapLeft(ReportIntake::invalid).flatMap(content -> {
            Report report = Report.receive(new ReportId(identities.next()), clock.instant(), submission, content);
            Seq<Case> candidates = report.urls().map(url -> Case.open(new CaseId(identities.next()), url, report));
            return reports.file(report, candidates, rules)
                    .mapLeft(reused -> Rejection.of(IntakeRefusal.KEY_REUSED,
                            "This idempotency key was used before for a different request (report " + reused.earlier() + ")."))
                    .map(Receipt::new);
        });
    }

    private static Rejection<IntakeRefusal> invalid(Seq<FieldError> errors) {
        return Rejection.ofFields(IntakeRefusal.INVALID, "The report has problems; each is listed with its field.", errors);
    }
}
