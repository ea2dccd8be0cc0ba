package org.hotline.domain.testing;

import java.util.concurrent.CopyOnWriteArrayList;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.assessment.Assessment;
import org.hotline.domain.assessment.AssessmentId;
import org.hotline.domain.assessment.Assessments;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.Cases;

/** Assessments kept in memory, in the order they were added, for tests; which cases are open, the cases say. */
public final class InMemoryAssessments implements Assessments {

    private final java.util.List<Assessment> assessments = new CopyOnWriteArrayList<>();
    private final Cases cases;

    public InMemoryAssessments(Cases cases) {
        this.cases = cases;
    }

    @Override
    public void add(Assessment assessment) {
        if (byId(assessment.id()).isDefined()) {
            throw new IllegalStateException("an assessment is added once: " + assessment.id());
        }
        assessments.add(assessment);
    }

    @Override
    public Option<Assessment> byId(AssessmentId id) {
        return List.ofAll(assessments).find(a -> a.id().equals(id));
    }

    @Override
    public Seq<Assessment> ofCase(CaseId caseId) {
        return List.ofAll(assessments).filter(a -> a.caseId().equals(caseId));
    }

    @Override
    public Seq<Assessment> latestOfOpenCases() {
        return List.ofAll(assessments).groupBy(Assessment::caseId)
                .filterKeys(caseId -> cases.byId(caseId).exists(found -> found.state().isOpen()))
                .values().map(Seq::last).toList();
    }
}
