package org.hotline.domain.report;

import java.util.Objects;

import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.Service;

/** Reads reports back together with the state of their cases. */
@Service
public final class ReportLookup implements ViewReport {

    private final Reports reports;

    public ReportLookup(Reports reports) {
        this.reports = Objects.requireNonNull(reports, "reports");
    }

    @Override
    public Option<ReportView> byId(ReportId id) {
        return reports.byId(id).map(ReportView::new);
    }

    @Override
    public Option<ReportView> byReference(ReportReference reference) {
        return reports.byReference(reference).map(ReportView::new);
    }
}
