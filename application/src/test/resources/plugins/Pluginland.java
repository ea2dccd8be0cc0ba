package org.hotline.adapters.law.xp;

import java.time.LocalDate;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.jurisdiction.Jurisdiction;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.hotline.domain.law.Actor;
import org.hotline.domain.law.AgeBand;
import org.hotline.domain.law.Answer;
import org.hotline.domain.law.CooperationAgreement;
import org.hotline.domain.law.HostingLocation;
import org.hotline.domain.law.LegalRule;
import org.hotline.domain.law.MediaKind;
import org.hotline.domain.law.NationalLaw;
import org.hotline.domain.law.Procedure;
import org.hotline.domain.law.Question;
import org.hotline.domain.law.Questionnaire;
import org.hotline.domain.law.RuleBasedLaw;
import org.hotline.domain.law.RuleBook;
import org.hotline.domain.law.Severity;
import org.hotline.domain.law.StatuteReference;
import org.hotline.domain.law.Step;
import org.hotline.domain.law.StepKind;
import org.hotline.domain.law.Verdict;

/**
 * Pluginland (XP, an ISO user-assigned code): a made-up country whose law adapter is built outside the repository,
 * from this one source file, by the test that drops its jar into HOTLINE_PLUGINS_DIR. Not compiled with the tests.
 */
public final class Pluginland implements Jurisdiction {

    static final CountryCode CODE = new CountryCode("XP");
    static final String OFFERED_FOR_SALE = "offeredForSale";
    static final StatuteReference CODE_ART_7 = StatuteReference.inForceSince("Pluginland Child Protection Code art. 7",
            LocalDate.of(2001, 1, 1), "Invented for a test of plug-ins; not a real law.");

    static final List<LegalRule> RULES = List.of(
            LegalRule.named("before-the-code", (facts, day) -> CODE_ART_7.inForceOn(day) ? Option.none()
                    : Option.some(new Verdict.NeedsLegalReview("Before the Child Protection Code."))),
            LegalRule.when("no-child-or-nothing-explicit", facts -> facts.age() == AgeBand.ADULT
                    || !facts.content().isExplicit(), new Verdict.NotIllegal("Outside art. 7 of the Code.")),
            LegalRule.when("not-an-image-or-age-unknown", facts -> facts.media() == MediaKind.TEXT_OR_AUDIO
                    || facts.media() == MediaKind.GENERATOR_TOOL || facts.age() == AgeBand.UNDETERMINED,
                    new Verdict.NeedsLegalReview("Art. 7 covers images of children.")),
            LegalRule.when("art-7-offered-for-sale", facts -> facts.answered(OFFERED_FOR_SALE, "YES"),
                    new Verdict.Illegal(List.of(CODE_ART_7), Option.some(new Severity("Pluginland grade", "aggravated")),
                            "An explicit image of a child, offered for sale.")),
            LegalRule.when("art-7", facts -> true, new Verdict.Illegal(List.of(CODE_ART_7), Option.none(),
                    "An explicit image of a child.")));

    @Override
    public CountryCode country() {
        return CODE;
    }

    @Override
    public String name() {
        return "Pluginland";
    }

    @Override
    public NationalLaw law(JurisdictionSettings settings) {
        Question forSale = new Question(OFFERED_FOR_SALE, "Is the material offered for sale?",
                "Decides the grade under art. 7.", List.of(new Answer("YES", "Yes"), new Answer("NO", "No")));
        return new RuleBasedLaw(CODE, Questionnaire.of(List.of(forSale)), new RuleBook("XP 1", RULES, List.of(CODE_ART_7)), false);
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
                return Pluginland.procedureFor(verdict, location);
            }
        };
    }

    static Procedure procedureFor(Verdict verdict, HostingLocation location) {
        if (verdict instanceof Verdict.NeedsLegalReview) {
            return Procedure.of("xp-legal-review", Step.of("review", StepKind.LEGAL_REVIEW, Actor.LEGAL_ADVISER, "Review."));
        }
        if (verdict instanceof Verdict.NotIllegal) {
            return Procedure.of("xp-close", Step.of("close", StepKind.CLOSE_CASE, Actor.HOTLINE, "Close."));
        }
        if (location instanceof HostingLocation.Home) {
            return Procedure.of("xp-home",
                    Step.of("police", StepKind.NOTIFY_POLICE, Actor.HOTLINE, "Tell the police."),
                    Step.of("clearance", StepKind.POLICE_CLEARANCE, Actor.POLICE, "Clear the takedown.", "police"),
                    Step.of("notice", StepKind.SEND_NOTICE_TO_HOST, Actor.HOTLINE, "Ask the host to remove.", "clearance"));
        }
        if (location instanceof HostingLocation.MemberHotlineCountry) {
            return Procedure.of("xp-refer", Step.of("refer", StepKind.REFER_TO_PARTNER_HOTLINE, Actor.HOTLINE, "Refer."));
        }
        if (location instanceof HostingLocation.CountryWithoutHotline) {
            return Procedure.of("xp-police", Step.of("police", StepKind.NOTIFY_POLICE, Actor.HOTLINE, "Tell the police."));
        }
        return Procedure.of("xp-trace", Step.of("trace", StepKind.TRACE_HOSTING, Actor.HOTLINE, "Trace the hosting."));
    }
}
