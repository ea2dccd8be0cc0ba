package org.hotline.testcountry;

import java.time.LocalDate;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.jurisdiction.Jurisdiction;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.hotline.domain.law.Actor;
import org.hotline.domain.law.AgeBand;
import org.hotline.domain.law.CooperationAgreement;
import org.hotline.domain.law.HostingLocation;
import org.hotline.domain.law.LegalRule;
import org.hotline.domain.law.MediaKind;
import org.hotline.domain.law.NationalLaw;
import org.hotline.domain.law.Procedure;
import org.hotline.domain.law.Questionnaire;
import org.hotline.domain.law.RuleBasedLaw;
import org.hotline.domain.law.RuleBook;
import org.hotline.domain.law.StatuteReference;
import org.hotline.domain.law.Step;
import org.hotline.domain.law.StepKind;
import org.hotline.domain.law.Verdict;

/**
 * Testland (XT, an ISO user-assigned code): an invented country that proves a jurisdiction can be added with its
 * own files only, this class and its service registration. Its one invented statute makes every image of a minor
 * showing explicit content illegal, drawings included; its hotline sends notices itself after police clearance.
 */
public final class Testland implements Jurisdiction {

    static final CountryCode CODE = new CountryCode("XT");

    static final StatuteReference CHILD_PROTECTION_ACT = StatuteReference.inForceSince(
            "Testland Child Protection Act 2000 s.1", LocalDate.of(2000, 1, 1), "Invented for tests; not a real law.");

    static final List<LegalRule> RULES = List.of(
            LegalRule.named("before-the-act", (facts, day) -> CHILD_PROTECTION_ACT.inForceOn(day) ? Option.none()
                    : Option.some(new Verdict.NeedsLegalReview("Before the Child Protection Act."))),
            LegalRule.when("not-an-image", facts -> facts.media() == MediaKind.TEXT_OR_AUDIO
                    || facts.media() == MediaKind.GENERATOR_TOOL, new Verdict.NeedsLegalReview("The act covers images.")),
            LegalRule.when("no-child-or-nothing-explicit", facts -> facts.age() == AgeBand.ADULT
                    || !facts.content().isExplicit(), new Verdict.NotIllegal("Outside the act.")),
            LegalRule.when("age-unknown", facts -> facts.age() == AgeBand.UNDETERMINED,
                    new Verdict.NeedsLegalReview("The act turns on the age.")),
            LegalRule.when("child-protection-act-s1", facts -> true, new Verdict.Illegal(List.of(CHILD_PROTECTION_ACT),
                    Option.none(), "An explicit image of a minor.")));

    @Override
    public CountryCode country() {
        return CODE;
    }

    @Override
    public String name() {
        return "Testland";
    }

    @Override
    public NationalLaw law(JurisdictionSettings settings) {
        return new RuleBasedLaw(CODE, Questionnaire.of(List.empty()), new RuleBook("XT 1", RULES, List.of(CHILD_PROTECTION_ACT)), false);
    }

    @Override
    public CooperationAgreement agreement(JurisdictionSettings settings) {
        return new CooperationAgreement() {
            @Override
            public CountryCode jurisdiction() {
                return CODE;
            }

            @Override
            public Procedure procedureFor(Verdict verdict, HostingLocation location) {
                return Testland.procedureFor(verdict, location);
            }
        };
    }

    static Procedure procedureFor(Verdict verdict, HostingLocation location) {
        if (verdict instanceof Verdict.NeedsLegalReview) {
            return Procedure.of("xt-legal-review", Step.of("review", StepKind.LEGAL_REVIEW, Actor.LEGAL_ADVISER, "Review."));
        }
        if (verdict instanceof Verdict.NotIllegal) {
            return Procedure.of("xt-close", Step.of("close", StepKind.CLOSE_CASE, Actor.HOTLINE, "Close."));
        }
        if (location instanceof HostingLocation.Home) {
            return Procedure.of("xt-home",
                    Step.of("police", StepKind.NOTIFY_POLICE, Actor.HOTLINE, "Tell the police."),
                    Step.of("clearance", StepKind.POLICE_CLEARANCE, Actor.POLICE, "Clear the takedown.", "police"),
                    Step.of("notice", StepKind.SEND_NOTICE_TO_HOST, Actor.HOTLINE, "Ask the host to remove.", "clearance"));
        }
        if (location instanceof HostingLocation.MemberHotlineCountry) {
            return Procedure.of("xt-refer", Step.of("refer", StepKind.REFER_TO_PARTNER_HOTLINE, Actor.HOTLINE, "Refer."));
        }
        if (location instanceof HostingLocation.CountryWithoutHotline) {
            return Procedure.of("xt-police", Step.of("police", StepKind.NOTIFY_POLICE, Actor.HOTLINE, "Tell the police."));
        }
        return Procedure.of("xt-trace", Step.of("trace", StepKind.TRACE_HOSTING, Actor.HOTLINE, "Trace the hosting."));
    }
}
