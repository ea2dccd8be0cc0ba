package org.hotline.domain.jurisdiction.contract.model;

import java.time.LocalDate;
import java.util.function.BiFunction;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.jurisdiction.Jurisdiction;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.hotline.domain.law.Actor;
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
 * A sound model jurisdiction (XS), for the contract kit's own tests: in a package of its own, using the law types
 * only, as a real adapter would. Its parts are public so that the kit's tests can build flawed variants of it.
 */
public final class SoundModel implements Jurisdiction {

    public static final CountryCode CODE = new CountryCode("XS");
    public static final StatuteReference MODEL_ACT =
            StatuteReference.inForceSince("Model Act s.1", LocalDate.of(2000, 1, 1), "A provision of this test only.");

    @Override
    public CountryCode country() {
        return CODE;
    }

    @Override
    public String name() {
        return "Model";
    }

    @Override
    public NationalLaw law(JurisdictionSettings settings) {
        return soundLaw();
    }

    @Override
    public CooperationAgreement agreement(JurisdictionSettings settings) {
        return agreementOf(SoundModel::sound);
    }

    /** Illegal under the Model Act for an explicit photograph of a minor, from 2000; not illegal otherwise. */
    public static LegalRule illegalWhenVisualMinor() {
        return LegalRule.named("visual-minor-explicit", (facts, day) -> {
            if (!MODEL_ACT.inForceOn(day)) {
                return Option.some(new Verdict.NeedsLegalReview("Before the Model Act."));
            }
            return facts.media() == MediaKind.PHOTO_OR_VIDEO && facts.age().isMinor() && facts.content().isExplicit()
                    ? Option.some(new Verdict.Illegal(List.of(MODEL_ACT), Option.none(), "Under the Model Act."))
                    : Option.some(new Verdict.NotIllegal("Outside the Model Act."));
        });
    }

    public static NationalLaw lawOf(LegalRule... rules) {
        return new RuleBasedLaw(CODE, Questionnaire.of(List.empty()), new RuleBook("XS 1", List.of(rules), List.of(MODEL_ACT)), false);
    }

    public static NationalLaw soundLaw() {
        return lawOf(illegalWhenVisualMinor());
    }

    /** Police, their clearance, then the notice for illegal material at home; closing the case otherwise. */
    public static Procedure sound(Verdict verdict, HostingLocation location) {
        if (verdict instanceof Verdict.Illegal && location instanceof HostingLocation.Home) {
            return policeThenNotice("model-home");
        }
        return Procedure.of("model-close", Step.of("close", StepKind.CLOSE_CASE, Actor.HOTLINE, "Close the case."));
    }

    public static Procedure policeThenNotice(String name) {
        return Procedure.of(name,
                Step.of("police", StepKind.NOTIFY_POLICE, Actor.HOTLINE, "Tell the police."),
                Step.of("clearance", StepKind.POLICE_CLEARANCE, Actor.POLICE, "Clear the takedown.", "police"),
                Step.of("notice", StepKind.SEND_NOTICE_TO_HOST, Actor.HOTLINE, "Ask the host to remove.", "clearance"));
    }

    public static CooperationAgreement agreementOf(BiFunction<Verdict, HostingLocation, Procedure> procedures) {
        return new CooperationAgreement() {
            @Override
            public CountryCode jurisdiction() {
                return CODE;
            }

            @Override
            public Procedure procedureFor(Verdict verdict, HostingLocation location) {
                return procedures.apply(verdict, location);
            }
        };
    }
}
