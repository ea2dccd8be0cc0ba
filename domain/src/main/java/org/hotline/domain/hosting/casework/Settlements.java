package org.hotline.domain.hosting.casework;

import io.vavr.collection.Seq;
import org.hotline.domain.report.CaseId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Where the settled hosting countries of cases are kept: added, never changed. */
@SecondaryPort
@Repository
public interface Settlements {

    void add(Settlement settlement);

    /** The case's settlements, the latest first. */
    Seq<Settlement> ofCase(CaseId caseId);
}
