package org.hotline.domain.assessment;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.report.CaseId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Where assessments are kept; they are added, never changed. */
@SecondaryPort
@Repository
public interface Assessments {

    void add(Assessment assessment);

    Option<Assessment> byId(AssessmentId id);

    /** The case's assessments, the first made first. */
    Seq<Assessment> ofCase(CaseId caseId);

    /** The latest decision of every open case that has one: the decision each open case follows. */
    Seq<Assessment> latestOfOpenCases();
}
