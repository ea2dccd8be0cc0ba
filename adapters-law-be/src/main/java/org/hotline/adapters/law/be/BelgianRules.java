package org.hotline.adapters.law.be;

import static org.hotline.adapters.law.be.BelgianStatutes.ART_383BIS;
import static org.hotline.adapters.law.be.BelgianStatutes.ART_417_43_1;
import static org.hotline.adapters.law.be.BelgianStatutes.ART_417_43_2;
import static org.hotline.adapters.law.be.BelgianStatutes.ART_417_43_3;
import static org.hotline.adapters.law.be.BelgianStatutes.CHAPTER_I1_IN_FORCE;
import static org.hotline.adapters.law.be.BelgianStatutes.NEW_CODE;

import java.time.LocalDate;
import java.util.function.Predicate;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.law.AgeBand;
import org.hotline.domain.law.Facts;
import org.hotline.domain.law.LegalRule;
import org.hotline.domain.law.MediaKind;
import org.hotline.domain.law.RealChild;
import org.hotline.domain.law.StatuteReference;
import org.hotline.domain.law.Verdict;

/**
 * Belgian law as named rules, tried in order; the first that decides gives the verdict.
 *
 * <p>What the facts settle comes first, whatever the material: art. 417/43 concerns minors and persons who appear to
 * be minors, in explicit sexual conduct or with sexual organs shown for primarily sexual purposes, so material that
 * shows nothing of the kind, or only adults, is not illegal under it. Only what is left goes on to the kinds of
 * material the sources leave open.
 *
 * <p>Modelling choices where the sources leave room:
 * <ul>
 *   <li>Explicit drawings and other non-realistic images of minors go to legal review: limb 3° asks for realistic
 *       images and the sources conflict on the rest. Explicit text and audio involving minors fall outside the visual
 *       definition and go to legal review too, as do tools made to generate explicit images of minors, for which no
 *       Belgian provision is modelled.</li>
 *   <li>A real child who appears under 13 or 13 to 17 is a minor (limb 1°); a real person who only appears to be a
 *       minor, or a person of whom it is unknown whether they are real, falls under limb 2°; a non-existent minor in a
 *       photograph or a photorealistic image under limb 3°. A derived image of a non-existent minor may or may not be
 *       realistic, so it goes to legal review.</li>
 *   <li>Before 1 June 2022 only a real minor is judged illegal, under the former art. 383bis; whether that article
 *       reached apparent or non-existent minors is not modelled, so those go to legal review.</li>
 *   <li>Belgian law has no severity scale: verdicts carry none. The content class and the baseline flag travel
 *       with the report to the police as its indication of seriousness.</li>
 * </ul>
 */
final class BelgianRules {

    static final LegalRule TEXT_OR_AUDIO = LegalRule.when("text-or-audio-outside-visual-definition",
            facts -> facts.media() == MediaKind.TEXT_OR_AUDIO,
            new Verdict.NeedsLegalReview("Art. 417/43 defines visual material; text and audio fall outside it. Whether"
                    + " another provision applies is for a lawyer."));

    static final LegalRule NON_REALISTIC_IMAGE = LegalRule.when("non-realistic-image-unsettled",
            facts -> facts.media() == MediaKind.NON_PHOTOGRAPHIC,
            new Verdict.NeedsLegalReview("Drawings, cartoons and non-realistic computer images: limb 3° of art. 417/43"
                    + " requires realistic images and the sources conflict on the rest. A lawyer decides."));

    static final LegalRule IMAGE_GENERATOR = LegalRule.when("image-generator-not-modelled",
            facts -> facts.media() == MediaKind.GENERATOR_TOOL,
            new Verdict.NeedsLegalReview("No Belgian provision on tools made to generate such images is modelled. A"
                    + " lawyer decides."));

    static final LegalRule NO_SEXUAL_CONDUCT_OR_ORGANS = LegalRule.when("no-sexual-conduct-or-organ-focus",
            facts -> !facts.content().isExplicit(),
            new Verdict.NotIllegal("Neither explicit sexual conduct nor sexual organs for primarily sexual purposes:"
                    + " outside the definition of art. 417/43, whatever the kind of material."));

    static final LegalRule APPEARS_ADULT = LegalRule.when("appears-adult",
            facts -> facts.age() == AgeBand.ADULT,
            new Verdict.NotIllegal("The person appears to be an adult: art. 417/43 concerns minors, persons under 18,"
                    + " and persons who appear to be minors, whatever the kind of material."));

    static final LegalRule AGE_UNDETERMINED = LegalRule.when("age-cannot-be-judged",
            facts -> facts.age() == AgeBand.UNDETERMINED,
            new Verdict.NeedsLegalReview("The apparent age cannot be judged, and art. 417/43 turns on it."));

    static final LegalRule ART_383BIS_REAL_MINOR = LegalRule.named("art-383bis-real-minor",
            (facts, day) -> ART_383BIS.inForceOn(day) && realMinor(facts)
                    ? Option.some(new Verdict.Illegal(List.of(ART_383BIS), Option.none(),
                            "Explicit material of a real minor, assessed before 1 June 2022: the former art. 383bis."))
                    : Option.none());

    static final LegalRule BEFORE_CHAPTER_I1 = LegalRule.named("before-june-2022-unsettled",
            (facts, day) -> day.isBefore(CHAPTER_I1_IN_FORCE)
                    ? Option.some(new Verdict.NeedsLegalReview("Assessed before 1 June 2022, when the former art. 383bis"
                            + " applied; its reach to persons who only appear to be minors, to non-existent minors, and"
                            + " to days before it, is not modelled. A lawyer decides."))
                    : Option.none());

    static final LegalRule REAL_MINOR = limb("art-417-43-1-real-minor", BelgianRules::realMinor, ART_417_43_1,
            "A real minor in explicit sexual conduct, or whose sexual organs are shown for primarily sexual purposes.");

    static final LegalRule APPARENT_MINOR = limb("art-417-43-2-apparent-minor", BelgianRules::apparentMinor,
            ART_417_43_2, "A person who appears to be a minor, in explicit sexual conduct or with sexual organs shown"
                    + " for primarily sexual purposes.");

    static final LegalRule REALISTIC_NON_EXISTENT_MINOR = limb("art-417-43-3-realistic-non-existent-minor",
            BelgianRules::realisticNonExistentMinor, ART_417_43_3, "A realistic image of a non-existent minor in"
                    + " explicit sexual conduct, or of such a minor's sexual organs for primarily sexual purposes.");

    static final LegalRule DERIVED_IMAGE_OF_NON_EXISTENT_MINOR = LegalRule.when(
            "derived-image-of-non-existent-minor-unsettled",
            facts -> facts.media() == MediaKind.DERIVED_FROM_PHOTO && facts.realChild() == RealChild.NON_EXISTENT,
            new Verdict.NeedsLegalReview("A derived image of a non-existent minor falls under limb 3° of art. 417/43"
                    + " only if it is realistic. A lawyer decides."));

    private BelgianRules() {
    }

    /** Every rule, in the order they are tried. */
    static List<LegalRule> all() {
        return List.of(NO_SEXUAL_CONDUCT_OR_ORGANS, APPEARS_ADULT, TEXT_OR_AUDIO, NON_REALISTIC_IMAGE, IMAGE_GENERATOR,
                AGE_UNDETERMINED, ART_383BIS_REAL_MINOR, BEFORE_CHAPTER_I1, REAL_MINOR, APPARENT_MINOR,
                REALISTIC_NON_EXISTENT_MINOR, DERIVED_IMAGE_OF_NON_EXISTENT_MINOR);
    }

    /** Visual material, other than a drawing, showing explicit sexual conduct or sexual organs for a sexual purpose. */
    private static boolean explicitImage(Facts facts) {
        return (facts.media() == MediaKind.PHOTO_OR_VIDEO || facts.media() == MediaKind.PHOTOREALISTIC_SYNTHETIC
                || facts.media() == MediaKind.DERIVED_FROM_PHOTO) && facts.content().isExplicit();
    }

    static boolean realMinor(Facts facts) {
        return explicitImage(facts) && facts.realChild() == RealChild.REAL
                && (facts.age() == AgeBand.UNDER_13 || facts.age() == AgeBand.AGE_13_TO_17);
    }

    static boolean apparentMinor(Facts facts) {
        return explicitImage(facts) && ((facts.realChild() == RealChild.REAL && facts.age() == AgeBand.APPEARS_MINOR)
                || (facts.realChild() == RealChild.UNKNOWN && facts.age().isMinor()));
    }

    static boolean realisticNonExistentMinor(Facts facts) {
        return explicitImage(facts) && facts.media() != MediaKind.DERIVED_FROM_PHOTO
                && facts.realChild() == RealChild.NON_EXISTENT && facts.age().isMinor();
    }

    /** A limb of art. 417/43: illegal when the facts meet it on a day the chapter is in force. */
    private static LegalRule limb(String name, Predicate<Facts> meets, StatuteReference limb, String reason) {
        return LegalRule.named(name, (facts, day) -> limb.inForceOn(day) && meets.test(facts)
                ? Option.some(illegalUnder(limb, day, reason))
                : Option.none());
    }

    /** From the announced day of the new Code on, its unverified reference is cited beside the verified limb. */
    private static Verdict illegalUnder(StatuteReference limb, LocalDate day, String reason) {
        if (NEW_CODE.inForceOn(day)) {
            return new Verdict.Illegal(List.of(limb, NEW_CODE), Option.none(), reason + " The new Criminal Code is"
                    + " announced to apply from 8 April 2026 under an unverified article number; the verified article"
                    + " is cited beside it.");
        }
        return new Verdict.Illegal(List.of(limb), Option.none(), reason);
    }
}
