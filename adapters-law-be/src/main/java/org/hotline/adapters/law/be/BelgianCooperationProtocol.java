package org.hotline.adapters.law.be;

import org.hotline.domain.CountryCode;
import org.hotline.domain.law.Actor;
import org.hotline.domain.law.CooperationAgreement;
import org.hotline.domain.law.HostingLocation;
import org.hotline.domain.law.Procedure;
import org.hotline.domain.law.Step;
import org.hotline.domain.law.StepKind;
import org.hotline.domain.law.Verdict;

/**
 * The Operational Protocol of Cooperation of 6 July 2017 between Child Focus, the police and the judiciary. For
 * content hosted in Belgium the hotline reports to the Federal Police at once; the police obtain a magistrate's
 * verbal approval and then ask the host to make the content inaccessible: the police, not the hotline, contact the
 * host. Permanent removal follows a written order of the magistrate. Abroad, the report goes through the network
 * exchange to the member hotline of the hosting country, or, where there is none, to the Federal Police. The protocol
 * sets no deadlines, so no step has one.
 */
final class BelgianCooperationProtocol implements CooperationAgreement {

    static final Procedure HOME_HOSTED = Procedure.of("be-home-hosted",
            Step.of("notify-federal-police", StepKind.NOTIFY_POLICE, Actor.HOTLINE, "Report the content to the child"
                    + " abuse unit of the Federal Police immediately, with an indication of seriousness: the content"
                    + " class and the INTERPOL baseline flag."),
            Step.of("magistrate-verbal-approval", StepKind.JUDICIAL_APPROVAL, Actor.MAGISTRATE, "The magistrate"
                    + " approves verbally that the police contact the host.", "notify-federal-police"),
            Step.of("police-notice-to-host", StepKind.SEND_NOTICE_TO_HOST, Actor.POLICE, "The police ask the host to"
                    + " make the content inaccessible. The hotline does not contact the host.", "magistrate-verbal-approval"),
            Step.of("written-removal-order", StepKind.WRITTEN_REMOVAL_ORDER, Actor.MAGISTRATE, "The magistrate orders"
                    + " permanent removal in writing; the public prosecutor decides on the case.", "police-notice-to-host"));

    static final Procedure TRACE_FIRST = Procedure.of("be-trace-hosting-first",
            Step.of("trace-hosting", StepKind.TRACE_HOSTING, Actor.HOTLINE, "Trace where the content is hosted; the"
                    + " procedure then follows from the hosting country."));

    static final Procedure LEGAL_REVIEW = Procedure.of("be-legal-review",
            Step.of("legal-review", StepKind.LEGAL_REVIEW, Actor.LEGAL_ADVISER, "A lawyer decides what the law as"
                    + " modelled does not settle; the procedure then follows from that verdict."));

    static final Procedure CLOSE = Procedure.of("be-close",
            Step.of("close-case", StepKind.CLOSE_CASE, Actor.HOTLINE, "Not illegal under Belgian law: close the case."));

    @Override
    public CountryCode jurisdiction() {
        return Belgium.CODE;
    }

    @Override
    public Procedure procedureFor(Verdict verdict, HostingLocation location) {
        if (verdict instanceof Verdict.NotIllegal) {
            return CLOSE;
        }
        if (verdict instanceof Verdict.NeedsLegalReview) {
            return LEGAL_REVIEW;
        }
        if (location instanceof HostingLocation.Home) {
            return HOME_HOSTED;
        }
        if (location instanceof HostingLocation.MemberHotlineCountry) {
            CountryCode country = ((HostingLocation.MemberHotlineCountry) location).country();
            return Procedure.of("be-refer-to-member-hotline",
                    Step.of("refer-through-network-exchange", StepKind.REFER_TO_PARTNER_HOTLINE, Actor.HOTLINE,
                            "Forward the report through the network exchange to the member hotline of " + country
                                    + ", which assesses it under its own law."));
        }
        if (location instanceof HostingLocation.CountryWithoutHotline) {
            CountryCode country = ((HostingLocation.CountryWithoutHotline) location).country();
            return Procedure.of("be-federal-police-abroad",
                    Step.of("notify-federal-police", StepKind.NOTIFY_POLICE, Actor.HOTLINE, "Report the content to"
                            + " the Federal Police: " + country + " has no member hotline."));
        }
        return TRACE_FIRST;
    }
}
