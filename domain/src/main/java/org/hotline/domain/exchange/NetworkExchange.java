package org.hotline.domain.exchange;

import io.vavr.control.Either;
import org.hotline.domain.CountryCode;
import org.hotline.domain.report.CaseId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The network's shared exchange (today INHOPE's ICCAM): sends a case to the hotline of the hosting country and
 * tells which countries have a member hotline. Filled in by the exchange work.
 */
@SecondaryPort
public interface NetworkExchange {

    boolean hasMemberHotline(CountryCode country);

    /** Refers a case to the member hotline of a country; the result is the exchange's reference for it. */
    Either<String, String> refer(CaseId caseId, CountryCode hostingCountry);
}
