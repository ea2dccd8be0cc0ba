package org.hotline.domain.report;

import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Reads one report back with where each of its addresses stands. */
@PrimaryPort
public interface ViewReport {

    Option<ReportView> byId(ReportId id);

    Option<ReportView> byReference(ReportReference reference);

    /** A stored report and the current state of each case it went to. */
    record ReportView(Filing filing) {

        public CaseState stateOf(CaseLink link) {
            return filing.stateOf(link);
        }
    }
}
