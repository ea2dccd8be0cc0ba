package org.hotline.domain.testing;

import org.hotline.domain.CountryCode;
import org.hotline.domain.law.Actor;
import org.hotline.domain.law.CooperationAgreement;
import org.hotline.domain.law.HostingLocation;
import org.hotline.domain.law.Procedure;
import org.hotline.domain.law.Step;
import org.hotline.domain.law.StepKind;
import org.hotline.domain.law.Verdict;

/**
 * The cooperation agreement of the test law's country: at home the police are told and clear it, then a notice to the
 * host; a member hotline's country, a referral; elsewhere, the police.
 */
public final class TestAgreement implements CooperationAgreement {

    @Override
    public CountryCode jurisdiction() {
        return TestLaw.COUNTRY;
    }

    @Override
    public Procedure procedureFor(Verdict verdict, HostingLocation location) {
        if (location instanceof HostingLocation.Home) {
            return Procedure.of("xt-home", Step.of("police", StepKind.NOTIFY_POLICE, Actor.HOTLINE, "Tell the police."),
                    Step.of("clear", StepKind.POLICE_CLEARANCE, Actor.POLICE, "The police clear it.", "police"),
                    Step.of("notice", StepKind.SEND_NOTICE_TO_HOST, Actor.HOTLINE, "Send the notice.", "clear"));
        }
        if (location instanceof HostingLocation.MemberHotlineCountry member) {
            return Procedure.of("xt-refer", Step.of("refer", StepKind.REFER_TO_PARTNER_HOTLINE, Actor.HOTLINE,
                    "Refer to the hotline of " + member.country() + "."));
        }
        if (location instanceof HostingLocation.CountryWithoutHotline without) {
            return Procedure.of("xt-police-abroad", Step.of("police", StepKind.NOTIFY_POLICE, Actor.HOTLINE,
                    "Tell the police: " + without.country() + " has no member hotline."));
        }
        return Procedure.of("xt-trace", Step.of("trace", StepKind.TRACE_HOSTING, Actor.HOTLINE, "Trace it."));
    }
}
