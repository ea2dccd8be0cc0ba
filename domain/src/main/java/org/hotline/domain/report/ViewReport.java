package org.hotline.domain.report;

import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Reads one report back with where each of its addresses stands. */
@PrimaryPort
public interface ViewReport {

    Option<ReportView> byId(ReportId id);

    Option<ReportView> byReference(ReportReference reference);

    /** A stored report and the current state of each case it went to. */
    record ReportView(Filing filing, Map<CaseId, CaseState> caseStates) {

        public CaseState stateOf(CaseLink link) {
            return caseStates.get(link.caseId()).getOrElseThrow(
                    () -> new IllegalStateException("no state for case " + link.caseId()));
        }
    }
}
