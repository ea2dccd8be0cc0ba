package org.hotline.adapters.law.deliberatelybad;

import org.hotline.adapters.law.neighbourland.Neighbourland;
import org.hotline.domain.assessment.AssessmentDesk;

/**
 * A deliberately wrong law adapter, in test sources only: it borrows from another country's adapter and reaches into
 * the case-work of the domain. The architecture tests show both rules firing on it.
 */
public final class CheatingCountry {

    public static String describe() {
        return Neighbourland.name() + " " + AssessmentDesk.class.getSimpleName();
    }

    private CheatingCountry() {
    }
}
