package org.hotline.domain.law;

import org.hotline.domain.CountryCode;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * How a jurisdiction's hotline, police, judiciary and hosting providers work together: for every verdict and hosting
 * location, the procedure to follow. Implemented once per country, in that country's law adapter.
 */
@SecondaryPort
public interface CooperationAgreement {

    CountryCode jurisdiction();

    /** The procedure for a verdict and where the content is hosted. Total: every pair has one. */
    Procedure procedureFor(Verdict verdict, HostingLocation location);
}
