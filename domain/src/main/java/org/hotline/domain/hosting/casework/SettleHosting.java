package org.hotline.domain.hosting.casework;

import io.vavr.control.Either;
import org.hotline.domain.Rejection;
import org.hotline.domain.staff.Acting;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** What staff do with the hosting of a case: read it, trace it again, settle its country. */
@PrimaryPort
public interface SettleHosting {

    /** The fields a settlement is read from, as its refusals name them. */
    String COUNTRY_FIELD = "country";
    String REASON_FIELD = "reason";

    /** The hosting of a case: its traces, the trace waiting, the settlements. Analysts and supervisors. */
    Either<Rejection<HostingRefusal>, CaseHosting> hostingOf(Acting viewer, String caseId);

    /** Asks for a new trace of a case (audited); refused while one is waiting. Analysts and supervisors. */
    Either<Rejection<HostingRefusal>, TraceJob> traceAgain(Acting who, String caseId);

    /**
     * Settles the hosting country of a case awaiting the hosting trace, and moves the case on as the cooperation
     * agreement says: one of the countries the latest trace found as it is, any other with a reason (audited, with
     * the reason). Analysts and supervisors.
     *
     * @param country the country code as typed, such as {@code NL}
     */
    Either<Rejection<HostingRefusal>, Settlement> settle(Acting who, String caseId, String country, String reason);
}
