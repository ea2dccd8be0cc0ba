package org.hotline.domain.jurisdiction;

import org.hotline.domain.CountryCode;
import org.hotline.domain.law.CooperationAgreement;
import org.hotline.domain.law.NationalLaw;

/**
 * A country's law adapter, as the program finds it: registered in
 * {@code META-INF/services/org.hotline.domain.jurisdiction.Jurisdiction} of the adapter's module and loaded with
 * {@link java.util.ServiceLoader}. Adding a country means adding one module that implements this.
 */
public interface Jurisdiction {

    CountryCode country();

    /** The country's name in English, for logs and pages. */
    String name();

    NationalLaw law(JurisdictionSettings settings);

    CooperationAgreement agreement(JurisdictionSettings settings);
}
