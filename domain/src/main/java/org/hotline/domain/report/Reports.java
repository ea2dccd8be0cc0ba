package org.hotline.domain.report;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Where reports are kept. */
@SecondaryPort
@Repository
public interface Reports {

    /**
     * Stores a new report and links each of its addresses to the case that takes it in by the rules: the open case
     * of the address, or one recently closed as not illegal. Where no case takes it in, the matching candidate is
     * stored as the address's new case. Each case the report joins has its signals and its priority brought up to
     * date by the rules' priority policy. All or nothing: when this returns the report and its links are durable;
     * when it throws, nothing of the report was stored.
     *
     * <p>Implementations guarantee that concurrent filings of one address never open two cases.
     *
     * <p>A report with an idempotency key that was filed before under the same key is not filed again: when the
     * earlier request had the same fingerprint, the earlier filing is returned as a replay; otherwise the key was
     * reused for a different request, and nothing is stored.
     *
     * @param report the report, already validated
     * @param candidates one case per address of the report, in the same order, used only where no case takes it in
     * @param rules which case takes in a report, and how cases are ranked
     */
    Either<KeyReused, Filing> file(Report report, Seq<Case> candidates, IntakeRules rules);

    /** The idempotency key was used before, for a different request: the report filed then. */
    record KeyReused(ReportId earlier) {
    }

    /** The report with the current state of each case it went to. */
    Option<Filing> byId(ReportId id);

    Option<Filing> byReference(ReportReference reference);
}
