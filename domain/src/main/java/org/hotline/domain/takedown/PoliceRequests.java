package org.hotline.domain.takedown;

import java.util.UUID;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.report.CaseId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where the police's requests to the hotline are kept. */
@SecondaryPort
public interface PoliceRequests {

    void add(PoliceRequest request);

    Option<PoliceRequest> find(UUID id);

    /** Stores the answer of a request still open; false when it was answered meanwhile (nothing is changed then). */
    boolean answer(PoliceRequest answered);

    /** The requests about a case, the latest first. */
    Seq<PoliceRequest> ofCase(CaseId caseId);

    /** The open requests, those needed soonest first, then the oldest; and the latest {@code answered} answered ones. */
    Seq<PoliceRequest> openAndRecent(int answered);
}
