package org.hotline.testcountry;

import org.hotline.domain.jurisdiction.Jurisdiction;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.hotline.domain.jurisdiction.contract.JurisdictionContract;

/** The invented third jurisdiction passes the same contract as Belgium and the United Kingdom. */
class TestlandContractTest extends JurisdictionContract {

    @Override
    protected Jurisdiction jurisdiction() {
        return new Testland();
    }

    @Override
    protected JurisdictionSettings settings() {
        return JurisdictionSettings.none();
    }
}
