package org.hotline.domain.capture.job;

import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.hotline.domain.Rejection;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.staff.Acting;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The captures of cases, as the workbench shows them to the staff who may see the cases. */
@PrimaryPort
public interface ViewCaptures {

    /** The case's latest job and its recorded captures, the latest first; or why not (no such case, a role that may not). */
    Either<Rejection<CaptureViewRefusal>, CaseCaptures> captures(Acting viewer, String caseId);

    /** Where the latest capture of each of these cases stands, for lists of cases; cases without a job are left out. */
    Either<Rejection<CaptureViewRefusal>, Map<CaseId, CaptureJob>> latestJobs(Acting viewer, Seq<CaseId> caseIds);

    /**
     * How many items of each of these cases' latest capture are already known from a hash list, for lists of cases;
     * cases with none are left out.
     */
    Either<Rejection<CaptureViewRefusal>, Map<CaseId, Integer>> knownItems(Acting viewer, Seq<CaseId> caseIds);
}
