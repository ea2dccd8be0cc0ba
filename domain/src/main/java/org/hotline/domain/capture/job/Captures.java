package org.hotline.domain.capture.job;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.report.CaseId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Where recorded captures are kept: measurements only, never content. They are added, never changed. */
@SecondaryPort
@Repository
public interface Captures {

    void add(RecordedCapture capture);

    /** The case's captures, the latest first. */
    Seq<RecordedCapture> ofCase(CaseId caseId);

    /** How many items of each case's latest capture some list of known content holds; cases with none are left out. */
    io.vavr.collection.Map<CaseId, Integer> knownItemsOfLatest(Seq<CaseId> caseIds);

    /** One item of one of the case's captures; none when the identifier names no item of this case. */
    Option<RecordedCapture.RecordedItem> item(CaseId caseId, ItemId itemId);
}
