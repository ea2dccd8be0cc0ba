package org.hotline.adapters.law.be;

import org.hotline.domain.jurisdiction.Jurisdiction;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.hotline.domain.jurisdiction.contract.JurisdictionContract;

/** Belgium passes the contract every law adapter passes. It takes no settings. */
class BelgiumContractTest extends JurisdictionContract {

    @Override
    protected Jurisdiction jurisdiction() {
        return new Belgium();
    }

    @Override
    protected JurisdictionSettings settings() {
        return JurisdictionSettings.none();
    }
}
