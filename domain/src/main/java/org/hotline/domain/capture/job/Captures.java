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

    /** One item of one of the case's captures; none when the identifier names no item of this case. */
    Option<RecordedCapture.RecordedItem> item(CaseId caseId, ItemId itemId);
}
