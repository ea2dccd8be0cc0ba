package org.hotline.domain.report;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Where cases are kept. */
@SecondaryPort
@Repository
public interface Cases {

    Option<Case> byId(CaseId id);

    /** The cases with these identifiers that exist, in no particular order. */
    Seq<Case> byIds(Seq<CaseId> ids);
}
