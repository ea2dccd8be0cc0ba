package org.hotline.domain.hosting.casework;

import io.vavr.collection.Seq;
import org.hotline.domain.report.CaseId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Where the hosting traces of cases are kept, as evidence: added, never changed. */
@SecondaryPort
@Repository
public interface HostingTraces {

    void add(RecordedTrace trace);

    /** The case's traces, the latest first. */
    Seq<RecordedTrace> ofCase(CaseId caseId);
}
