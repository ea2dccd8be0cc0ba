package org.hotline.domain.jurisdiction.contract.cheat;

import org.hotline.domain.CountryCode;
import org.hotline.domain.assessment.AssessmentDesk;
import org.hotline.domain.jurisdiction.Jurisdiction;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.hotline.domain.jurisdiction.contract.model.SoundModel;
import org.hotline.domain.law.CooperationAgreement;
import org.hotline.domain.law.NationalLaw;

/**
 * A deliberately wrong adapter for the contract kit's own tests: its law is sound, but it reaches into the case-work
 * (the assessment service), which a law adapter may not.
 */
public final class CaseworkUsingModel implements Jurisdiction {

    @Override
    public CountryCode country() {
        return SoundModel.CODE;
    }

    @Override
    public String name() {
        return "Model reaching into the case-work of " + AssessmentDesk.class.getSimpleName();
    }

    @Override
    public NationalLaw law(JurisdictionSettings settings) {
        return SoundModel.soundLaw();
    }

    @Override
    public CooperationAgreement agreement(JurisdictionSettings settings) {
        return new SoundModel().agreement(settings);
    }
}
