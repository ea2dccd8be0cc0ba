package org.hotline.domain.assessment;

import java.util.Objects;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.Rejection;
import org.hotline.domain.report.Case;
import org.hotline.domain.report.CaseSignals;
import org.hotline.domain.report.CaseState;
import org.hotline.domain.report.Report;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.staff.StaffId;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Opens a case with the details of its reports and its assessments; every opening is recorded in the audit trail. */
@PrimaryPort
public interface ViewCaseFile {

    Either<Rejection<CaseFileRefusal>, CaseFile> open(Acting viewer, String caseId);

    /**
     * A case as a member of staff sees it.
     *
     * @param state the case's state now: a claim that ran out shows as waiting for assessment
     * @param claimHolder the analyst whose claim is running, if any
     * @param signals what all the case's reports say of its urgency, and how many there are
     * @param reports the first reports of the case, oldest first, with what each reporter told
     * @param assessments every decision on the case, oldest first
     */
    record CaseFile(Case theCase, CaseState state, Option<StaffId> claimHolder, CaseSignals signals, Seq<Report> reports,
            Seq<Assessment> assessments) {

        public CaseFile {
            Objects.requireNonNull(theCase, "theCase");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(claimHolder, "claimHolder");
            Objects.requireNonNull(signals, "signals");
            Objects.requireNonNull(reports, "reports");
            Objects.requireNonNull(assessments, "assessments");
        }
    }
}
