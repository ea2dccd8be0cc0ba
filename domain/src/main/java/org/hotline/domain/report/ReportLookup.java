package org.hotline.domain.report;

import java.util.Objects;

import io.vavr.collection.HashMap;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.Service;

/** Reads reports back together with the state of their cases. */
@Service
public final class ReportLookup implements ViewReport {

    private final Reports reports;
    private final Cases cases;

    public ReportLookup(Reports reports, Cases cases) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.cases = Objects.requireNonNull(cases, "cases");
    }

    @Override
    public Option<ReportView> byId(ReportId id) {
        return reports.byId(id).map(this::view);
    }

    @Override
    public Option<ReportView> byReference(ReportReference reference) {
        return reports.byReference(reference).map(this::view);
    }

    private ReportView view(Filing filing) {
        var states = HashMap.ofEntries(cases.byIds(filing.links().map(CaseLink::caseId).distinct())
                .map(found -> io.vavr.Tuple.of(found.id(), found.state())));
        return new ReportView(filing, states);
    }
}
