package org.hotline.domain.assessment;

import java.util.Objects;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.Rejection;
import org.hotline.domain.law.Classification;
import org.hotline.domain.law.NationalLaw;
import org.hotline.domain.report.Cases;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.staff.Role;
import org.jmolecules.ddd.annotation.Service;

/** Lists the open cases a change of the home law's rule book would decide otherwise (see {@link ReviewLawChanges}). */
@Service
public final class LawChanges implements ReviewLawChanges {

    private final NationalLaw law;
    private final Cases cases;
    private final Assessments assessments;

    public LawChanges(NationalLaw law, Cases cases, Assessments assessments) {
        this.law = Objects.requireNonNull(law, "law");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.assessments = Objects.requireNonNull(assessments, "assessments");
    }

    @Override
    public String ruleBookVersion() {
        return law.ruleBookVersion();
    }

    @Override
    public Either<Rejection<LawChangesRefusal>, Seq<LawChange>> affectedOpenCases(Acting viewer) {
        return viewer.as(LawChangesRefusal.ROLE_REQUIRED, Role.SUPERVISOR, Role.LEGAL_ADVISER).map(who -> affectedOpenCases());
    }

    @Override
    public Seq<LawChange> affectedOpenCases() {
        return assessments.latestOfOpenCases()
                .filter(latest -> latest.kind() != Assessment.Kind.LEGAL_DECISION && latest.kind() != Assessment.Kind.KNOWN_CONTENT)
                .filter(latest -> !latest.classification().ruleBook().equals(law.ruleBookVersion()))
                .flatMap(this::changeOf)
                .sortBy(change -> change.recorded().at());
    }

    /** The case's change, if the rules now in force decide its answers otherwise (or can no longer read them). */
    private Option<LawChange> changeOf(Assessment latest) {
        Classification recorded = latest.classification();
        Either<String, Classification> now = law.questionnaire().read(latest.answers().toJavaMap()).toEither()
                .mapLeft(errors -> "The recorded answers no longer fit the questionnaire: "
                        + errors.map(error -> error.field() + " " + error.code()).mkString(", ") + ".")
                .map(facts -> law.classify(facts, recorded.lawDate()));
        if (now.exists(classification -> classification.decidesAlike(recorded))) {
            return Option.none();
        }
        return cases.byId(latest.caseId()).map(theCase -> new LawChange(theCase, latest, now));
    }
}
