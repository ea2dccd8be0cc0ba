package org.hotline.adapters.law.uk;

import static org.hotline.adapters.law.uk.UkQuestions.GROSSLY_OFFENSIVE;
import static org.hotline.adapters.law.uk.UkQuestions.INDECENT;
import static org.hotline.adapters.law.uk.UkQuestions.PORNOGRAPHIC;
import static org.hotline.adapters.law.uk.UkQuestions.yes;
import static org.hotline.adapters.law.uk.UkStatutes.CJA_1988_S160;
import static org.hotline.adapters.law.uk.UkStatutes.CJA_2009_S62;
import static org.hotline.adapters.law.uk.UkStatutes.PCA_1978_S1;
import static org.hotline.adapters.law.uk.UkStatutes.PCA_1978_S7_4A;
import static org.hotline.adapters.law.uk.UkStatutes.PCA_1978_S7_PSEUDO;

import java.time.LocalDate;
import java.util.function.Predicate;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.law.AgeBand;
import org.hotline.domain.law.ContentClass;
import org.hotline.domain.law.Facts;
import org.hotline.domain.law.LegalRule;
import org.hotline.domain.law.MediaKind;
import org.hotline.domain.law.RealChild;
import org.hotline.domain.law.Severity;
import org.hotline.domain.law.StatuteReference;
import org.hotline.domain.law.Verdict;

/**
 * UK law as named rules, tried in order; the first that decides gives the verdict.
 *
 * <p>What the facts settle comes first, whatever the kind of material or the day: images of adults, text with
 * nothing sexual, tools not made for creating indecent images of children, non-photographic images that miss a limb
 * of s.62, and photographic images that are not indecent, are not illegal. What is left goes on to the provisions.
 *
 * <p>Modelling choices where the sources leave room:
 * <ul>
 *   <li>A child is anyone who appears to be under 18; where the age band says "appears to be a minor", that is the
 *       predominant impression the PCA's impression rule speaks of.</li>
 *   <li>Sexual activity or a genital or anal focus involving a child is taken as indecent. Other material, such as
 *       "other sexualised" content, is indecent only if the analyst answers that it is; it is then category C, the
 *       category for indecent images in neither A nor B.</li>
 *   <li>A photograph of a non-existent child is treated as a pseudo-photograph.</li>
 *   <li>For s.62, the second limb is met by a genital or anal focus, by penetrative activity (which s.62(7)(a), (c)
 *       and (d) list), and by the act the analyst records among those s.62(7) lists (intercourse or oral sex,
 *       masturbation, penetration, with an animal); sadism or touching alone is none of them.</li>
 *   <li>For a generator tool, the core answers describe the images it is made or adapted to create. s.46A reaches it
 *       only when those would be indecent images of a child or prohibited images: a general-purpose tool, or one for
 *       images of adults, is not illegal under it.</li>
 *   <li>Text and audio are outside both Acts, which concern images; obscenity law is not modelled, so sexual text or
 *       audio involving a child goes to legal review.</li>
 *   <li>Days before 8 July 2008 are not modelled (see {@link UkStatutes#MODELLED_FROM}), except where the facts
 *       settle the case whatever the day.</li>
 * </ul>
 */
final class UkRules {

    static final String SCALE = "Sentencing Council category";

    static final LegalRule APPEARS_ADULT = LegalRule.when("appears-adult",
            facts -> facts.age() == AgeBand.ADULT,
            new Verdict.NotIllegal("The person appears to be an adult, and the predominant impression is not of a"
                    + " child: no provision on images of children applies, whatever the kind of material."));

    static final LegalRule TEXT_OR_AUDIO_NOTHING_SEXUAL = LegalRule.when("text-or-audio-nothing-sexual",
            facts -> facts.media() == MediaKind.TEXT_OR_AUDIO && facts.content() == ContentClass.NONE,
            new Verdict.NotIllegal("Text or audio with nothing sexual in it: outside the Acts on images, and nothing"
                    + " obscenity law could reach."));

    static final LegalRule TEXT_OR_AUDIO = LegalRule.when("text-or-audio-not-an-image",
            facts -> facts.media() == MediaKind.TEXT_OR_AUDIO,
            new Verdict.NeedsLegalReview("The PCA 1978 and s.62 of the CJA 2009 concern images. Whether sexual text or"
                    + " audio involving a child is an offence under other law, such as obscenity law, is for a lawyer."));

    static final LegalRule TOOL_NOT_FOR_ABUSE_IMAGES = LegalRule.when("tool-not-made-for-abuse-images",
            facts -> facts.media() == MediaKind.GENERATOR_TOOL && !facts.content().isExplicit() && !yes(facts, INDECENT),
            new Verdict.NotIllegal("A tool whose images would be neither sexual nor indecent: s.46A of the SOA 2003"
                    + " reaches only tools made or adapted for creating indecent images of children or prohibited"
                    + " images, not general-purpose ones."));

    static final LegalRule S62_LIMB_NOT_MET = LegalRule.named("s62-limb-not-met", (facts, day) -> {
        if (facts.media() != MediaKind.NON_PHOTOGRAPHIC) {
            return Option.none();
        }
        List<String> unmet = List.of(
                yes(facts, PORNOGRAPHIC) ? "" : "it is not pornographic",
                focusOrListedAct(facts) ? "" : "it neither focuses on a genital or anal region nor portrays an act"
                        + " s.62(7) lists",
                yes(facts, GROSSLY_OFFENSIVE) ? "" : "it is not grossly offensive, disgusting or obscene")
                .filter(limb -> !limb.isEmpty());
        return unmet.isEmpty() ? Option.none() : Option.some(new Verdict.NotIllegal("Not a prohibited image under"
                + " s.62 of the CJA 2009, whose three limbs must all be met: " + unmet.mkString("; ") + "."));
    });

    static final LegalRule NOT_INDECENT = LegalRule.when("not-indecent",
            facts -> photographicKind(facts) && !facts.content().isExplicit() && !yes(facts, INDECENT),
            new Verdict.NotIllegal("Neither sexual activity nor a genital or anal focus, and not indecent: outside"
                    + " the PCA 1978."));

    static final LegalRule BEFORE_MODELLED_PERIOD = LegalRule.named("law-before-8-july-2008-not-modelled",
            (facts, day) -> day.isBefore(UkStatutes.MODELLED_FROM)
                    ? Option.some(new Verdict.NeedsLegalReview("This adapter models UK law as it stands from 8 July"
                            + " 2008, when derived images were brought under the PCA 1978; earlier days need a lawyer."))
                    : Option.none());

    static final LegalRule AGE_UNDETERMINED = LegalRule.when("age-cannot-be-judged",
            facts -> facts.age() == AgeBand.UNDETERMINED,
            new Verdict.NeedsLegalReview("The apparent age cannot be judged, and both the PCA 1978 and s.62 turn on"
                    + " whether a child is shown."));

    static final LegalRule S62_PROHIBITED_IMAGE = LegalRule.named("s62-prohibited-image", (facts, day) -> {
        if (!(s62Image(facts) && facts.age().isMinor())) {
            return Option.none();
        }
        if (!CJA_2009_S62.inForceOn(day)) {
            return Option.some(new Verdict.NeedsLegalReview("A prohibited image as s.62 of the CJA 2009 defines it,"
                    + " but s.62 is in force only from 6 April 2010."));
        }
        return Option.some(new Verdict.Illegal(List.of(CJA_2009_S62), Option.none(), "A non-photographic image of a"
                + " child meeting the three limbs of s.62: pornographic, showing a genital or anal focus or an act"
                + " s.62(7) lists, and grossly offensive, disgusting or obscene. Not graded."));
    });

    static final LegalRule INDECENT_PHOTOGRAPH = pca("pca-indecent-photograph",
            facts -> facts.media() == MediaKind.PHOTO_OR_VIDEO && facts.realChild() != RealChild.NON_EXISTENT,
            List.of(PCA_1978_S1, CJA_1988_S160), "An indecent photograph of a child.");

    static final LegalRule INDECENT_PSEUDO_PHOTOGRAPH = pca("pca-indecent-pseudo-photograph",
            facts -> facts.media() == MediaKind.PHOTOREALISTIC_SYNTHETIC
                    || (facts.media() == MediaKind.PHOTO_OR_VIDEO && facts.realChild() == RealChild.NON_EXISTENT),
            List.of(PCA_1978_S1, PCA_1978_S7_PSEUDO, CJA_1988_S160), "An indecent pseudo-photograph: an image that"
                    + " appears to be a photograph and whose predominant impression is of a child.");

    static final LegalRule INDECENT_DERIVED_IMAGE = pca("pca-indecent-derived-image",
            facts -> facts.media() == MediaKind.DERIVED_FROM_PHOTO,
            List.of(PCA_1978_S1, PCA_1978_S7_4A, CJA_1988_S160), "An indecent image derived from a photograph, such"
                    + " as a tracing, which counts as a photograph.");

    private UkRules() {
    }

    /** Every rule, in the order they are tried, with s.46A gated on its configured commencement. */
    static List<LegalRule> all(Option<LocalDate> s46aCommencement) {
        return List.of(APPEARS_ADULT, TEXT_OR_AUDIO_NOTHING_SEXUAL, TEXT_OR_AUDIO, TOOL_NOT_FOR_ABUSE_IMAGES,
                S62_LIMB_NOT_MET, NOT_INDECENT, BEFORE_MODELLED_PERIOD, AGE_UNDETERMINED,
                s46aImageGenerator(s46aCommencement), S62_PROHIBITED_IMAGE, INDECENT_PHOTOGRAPH,
                INDECENT_PSEUDO_PHOTOGRAPH, INDECENT_DERIVED_IMAGE);
    }

    /**
     * SOA 2003 s.46A, for a tool made or adapted for creating indecent images of a child (what is left of generator
     * tools once those for adults, or for nothing sexual or indecent, are settled): illegal from its commencement;
     * before it, or while it is not configured, a legal review.
     */
    static LegalRule s46aImageGenerator(Option<LocalDate> commencement) {
        return LegalRule.named("s46a-image-generator", (facts, day) -> {
            if (facts.media() != MediaKind.GENERATOR_TOOL || !facts.age().isMinor()) {
                return Option.none();
            }
            if (commencement.isEmpty()) {
                return Option.some(new Verdict.NeedsLegalReview("A tool made for creating indecent images of children:"
                        + " s.46A of the SOA 2003 applies once commenced, but its commencement is not configured. Set "
                        + UnitedKingdom.S46A_COMMENCEMENT_VARIABLE + " when it is known."));
            }
            if (day.isBefore(commencement.get())) {
                return Option.some(new Verdict.NeedsLegalReview("A tool made for creating indecent images of children:"
                        + " s.46A of the SOA 2003 is not yet in force on " + day + "; it commences on "
                        + commencement.get() + "."));
            }
            return Option.some(new Verdict.Illegal(List.of(UkStatutes.soa2003S46A(commencement.get())), Option.none(),
                    "A tool made or adapted for creating indecent images of children: s.46A of the SOA 2003. Not graded."));
        });
    }

    /** A PCA 1978 rule: an indecent image of a child of one kind, graded A, B or C. */
    private static LegalRule pca(String name, Predicate<Facts> kind, List<StatuteReference> references, String reason) {
        return LegalRule.named(name, (facts, day) -> kind.test(facts) && indecentImageOfChild(facts)
                ? Option.some(new Verdict.Illegal(references, category(facts.content(), day), reason))
                : Option.none());
    }

    /** Sentencing Council category, from 1 April 2014: A, B, or C for every other indecent image. */
    static Option<Severity> category(ContentClass content, LocalDate day) {
        if (day.isBefore(UkStatutes.SENTENCING_CATEGORIES_FROM)) {
            return Option.none();
        }
        String grade;
        if (content == ContentClass.PENETRATIVE_SEXUAL_ACTIVITY || content == ContentClass.SEXUAL_ACTIVITY_WITH_ANIMAL_OR_SADISM) {
            grade = "A";
        } else if (content == ContentClass.NON_PENETRATIVE_SEXUAL_ACTIVITY) {
            grade = "B";
        } else {
            grade = "C";
        }
        return Option.some(new Severity(SCALE, grade));
    }

    private static boolean photographicKind(Facts facts) {
        return facts.media() == MediaKind.PHOTO_OR_VIDEO || facts.media() == MediaKind.PHOTOREALISTIC_SYNTHETIC
                || facts.media() == MediaKind.DERIVED_FROM_PHOTO;
    }

    private static boolean indecentImageOfChild(Facts facts) {
        return photographicKind(facts) && facts.age().isMinor() && (facts.content().isExplicit() || yes(facts, INDECENT));
    }

    private static boolean s62Image(Facts facts) {
        return facts.media() == MediaKind.NON_PHOTOGRAPHIC && yes(facts, PORNOGRAPHIC) && yes(facts, GROSSLY_OFFENSIVE)
                && focusOrListedAct(facts);
    }

    /** The second limb of s.62: a genital or anal focus, or an act s.62(7) lists (penetrative activity always is). */
    private static boolean focusOrListedAct(Facts facts) {
        return facts.content() == ContentClass.GENITAL_OR_ANAL_FOCUS
                || facts.content() == ContentClass.PENETRATIVE_SEXUAL_ACTIVITY
                || UkQuestions.act(facts).listed();
    }
}
