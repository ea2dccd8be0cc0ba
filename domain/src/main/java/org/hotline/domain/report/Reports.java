package org.hotline.domain.report;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Where reports are kept. */
@SecondaryPort
@Repository
public interface Reports {

    /**
     * Stores a new report and links each of its addresses to the open case for that address. Where no case is
     * open for an address, the matching candidate is stored as its new case. All or nothing: when this returns the
     * report and its links are durable; when it throws, nothing of the report was stored.
     *
     * <p>Implementations guarantee that concurrent filings of one address never open two cases.
     *
     * @param report the report, already validated
     * @param candidates one case per address of the report, in the same order, used only where no case is open
     */
    Filing file(Report report, Seq<Case> candidates);

    Option<Filing> byId(ReportId id);

    Option<Filing> byReference(ReportReference reference);
}
