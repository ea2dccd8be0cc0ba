package org.hotline.adapters.law.uk;

import io.vavr.collection.List;
import org.hotline.domain.CountryCode;
import org.hotline.domain.law.Actor;
import org.hotline.domain.law.CooperationAgreement;
import org.hotline.domain.law.HostingLocation;
import org.hotline.domain.law.Procedure;
import org.hotline.domain.law.Step;
import org.hotline.domain.law.StepKind;
import org.hotline.domain.law.Verdict;

/**
 * How the IWF works with the police and hosts. For UK-hosted content, police first: the hotline tells the police and
 * waits for their authorisation, and for any hold they place to be lifted, so that evidence is preserved and no
 * investigation is compromised; then the
 * hotline itself sends the notice asking the host to preserve evidence and remove, and checks until the content is
 * gone. Abroad, it refers through the network exchange to the hosting country's member hotline, or else to police
 * partners. Images under the PCA 1978 go to NCA-CEOP for victim identification. Prohibited non-photographic images
 * (s.62) are acted on only when UK-hosted: abroad they are recorded and the case closed. There is no statutory
 * deadline (the clock runs from the notice), so no step has one.
 */
final class UkCooperationAgreement implements CooperationAgreement {

    private static final Step NOTIFY_POLICE = Step.of("notify-police", StepKind.NOTIFY_POLICE, Actor.HOTLINE,
            "Tell the police about the UK-hosted content before anyone contacts the host.");
    private static final Step POLICE_AUTHORISATION = Step.of("police-authorisation", StepKind.POLICE_CLEARANCE,
            Actor.POLICE, "The police authorise the takedown, or place a hold so as not to compromise an investigation.",
            "notify-police");
    private static final Step POLICE_HOLD = Step.of("police-hold", StepKind.POLICE_HOLD, Actor.POLICE,
            "Where the police placed a hold, nothing goes to the host until they lift it; without a hold this step is"
                    + " done at once.", "police-authorisation");
    private static final Step NOTICE_TO_HOST = Step.of("notice-to-host", StepKind.SEND_NOTICE_TO_HOST, Actor.HOTLINE,
            "The hotline sends the notice asking the host to preserve evidence and remove the content; the clock runs"
                    + " from this notice.", "police-hold");
    private static final Step CONFIRM_REMOVAL = Step.of("confirm-removal", StepKind.CONFIRM_REMOVAL, Actor.HOTLINE,
            "Check that the content is gone; keep the address on the URL list and repeat the notice until it is.",
            "notice-to-host");
    private static final Step VICTIM_IDENTIFICATION = Step.of("share-for-victim-identification",
            StepKind.SHARE_FOR_VICTIM_IDENTIFICATION, Actor.HOTLINE, "Send the images to NCA-CEOP for victim"
                    + " identification.");

    static final Procedure TRACE_FIRST = Procedure.of("uk-trace-hosting-first",
            Step.of("trace-hosting", StepKind.TRACE_HOSTING, Actor.HOTLINE, "Trace where the content is hosted, by"
                    + " more than one method; the procedure then follows from the hosting country."));

    static final Procedure LEGAL_REVIEW = Procedure.of("uk-legal-review",
            Step.of("legal-review", StepKind.LEGAL_REVIEW, Actor.LEGAL_ADVISER, "A lawyer decides what the law as"
                    + " modelled does not settle; the procedure then follows from that verdict."));

    static final Procedure CLOSE = Procedure.of("uk-close",
            Step.of("close-case", StepKind.CLOSE_CASE, Actor.HOTLINE, "Not illegal under UK law: close the case."));

    static final Procedure S62_ABROAD = Procedure.of("uk-s62-abroad",
            Step.of("record-and-close", StepKind.CLOSE_CASE, Actor.HOTLINE, "A prohibited non-photographic image"
                    + " hosted outside the UK: the hotline acts on these only when UK-hosted. Record the assessment"
                    + " and close; no referral."));

    @Override
    public CountryCode jurisdiction() {
        return UnitedKingdom.CODE;
    }

    @Override
    public Procedure procedureFor(Verdict verdict, HostingLocation location) {
        if (verdict instanceof Verdict.NotIllegal) {
            return CLOSE;
        }
        if (verdict instanceof Verdict.NeedsLegalReview) {
            return LEGAL_REVIEW;
        }
        Verdict.Illegal illegal = (Verdict.Illegal) verdict;
        if (location instanceof HostingLocation.Unknown) {
            return TRACE_FIRST;
        }
        boolean prohibitedImage = illegal.references().contains(UkStatutes.CJA_2009_S62);
        List<Step> victimIdentification = illegal.references().contains(UkStatutes.PCA_1978_S1)
                ? List.of(VICTIM_IDENTIFICATION) : List.empty();
        if (location instanceof HostingLocation.Home) {
            return new Procedure("uk-home-hosted", List.of(NOTIFY_POLICE, POLICE_AUTHORISATION, POLICE_HOLD,
                    NOTICE_TO_HOST, CONFIRM_REMOVAL).appendAll(victimIdentification));
        }
        if (prohibitedImage) {
            return S62_ABROAD;
        }
        if (location instanceof HostingLocation.MemberHotlineCountry) {
            CountryCode country = ((HostingLocation.MemberHotlineCountry) location).country();
            return new Procedure("uk-refer-to-member-hotline", List.of(Step.of("refer-to-partner-hotline",
                    StepKind.REFER_TO_PARTNER_HOTLINE, Actor.HOTLINE, "Refer to the member hotline of " + country
                            + " through the network exchange; the address stays on the URL list until the content is"
                            + " removed.")).appendAll(victimIdentification));
        }
        CountryCode country = ((HostingLocation.CountryWithoutHotline) location).country();
        return new Procedure("uk-police-partners-abroad", List.of(Step.of("refer-to-police-partners",
                StepKind.NOTIFY_POLICE, Actor.HOTLINE, country + " has no member hotline: refer to police partners;"
                        + " the address stays on the URL list until the content is removed."))
                .appendAll(victimIdentification));
    }
}
