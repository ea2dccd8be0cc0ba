package org.hotline.adapters.law.uk;

import org.hotline.domain.jurisdiction.Jurisdiction;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.hotline.domain.jurisdiction.contract.JurisdictionContract;
import org.junit.jupiter.api.Nested;

/** The United Kingdom passes the contract with its one setting absent, and with it set. */
class UnitedKingdomContractTest {

    @Nested
    class without_a_commencement_day_for_s46a extends JurisdictionContract {

        @Override
        protected Jurisdiction jurisdiction() {
            return new UnitedKingdom();
        }

        @Override
        protected JurisdictionSettings settings() {
            return JurisdictionSettings.none();
        }
    }

    @Nested
    class with_a_commencement_day_for_s46a extends JurisdictionContract {

        @Override
        protected Jurisdiction jurisdiction() {
            return new UnitedKingdom();
        }

        @Override
        protected JurisdictionSettings settings() {
            return JurisdictionSettings.of(UnitedKingdom.S46A_COMMENCEMENT, "2027-01-01");
        }
    }
}
