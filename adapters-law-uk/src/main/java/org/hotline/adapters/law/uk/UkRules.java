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
 * <p>Modelling choices where the sources leave room:
 * <ul>
 *   <li>A child is anyone who appears to be under 18; where the age band says "appears to be a minor", that is the
 *       predominant impression the PCA's impression rule speaks of.</li>
 *   <li>Sexual activity or a genital or anal focus involving a child is taken as indecent. Other material, such as
 *       "other sexualised" content, is indecent only if the analyst answers that it is; it is then category C, the
 *       category for indecent images in neither A nor B.</li>
 *   <li>A photograph of a non-existent child is treated as a pseudo-photograph.</li>
 *   <li>For s.62, a genital or anal focus and penetrative activity meet the second limb; whether non-penetrative
 *       activity, or sadism, is one of the acts s.62(7) lists depends on what is shown, so those go to legal review.</li>
 *   <li>Text and audio are outside both Acts, which concern images; obscenity law is not modelled, so they go to
 *       legal review.</li>
 *   <li>Days before 8 July 2008 are not modelled (see {@link UkStatutes#MODELLED_FROM}).</li>
 * </ul>
 */
final class UkRules {

    static final String SCALE = "Sentencing Council category";

    static final LegalRule BEFORE_MODELLED_PERIOD = LegalRule.named("law-before-8-july-2008-not-modelled",
            (facts, day) -> day.isBefore(UkStatutes.MODELLED_FROM)
                    ? Option.some(new Verdict.NeedsLegalReview("This adapter models UK law as it stands from 8 July"
                            + " 2008, when derived images were brought under the PCA 1978; earlier days need a lawyer."))
                    : Option.none());

    static final LegalRule TEXT_OR_AUDIO = LegalRule.when("text-or-audio-not-an-image",
            facts -> facts.media() == MediaKind.TEXT_OR_AUDIO,
            new Verdict.NeedsLegalReview("The PCA 1978 and s.62 of the CJA 2009 concern images. Whether text or audio"
                    + " is an offence under other law, such as obscenity law, is for a lawyer."));

    static final LegalRule APPEARS_ADULT = LegalRule.when("appears-adult",
            facts -> facts.age() == AgeBand.ADULT,
            new Verdict.NotIllegal("The person appears to be an adult, and the predominant impression is not of a"
                    + " child."));

    static final LegalRule AGE_UNDETERMINED = LegalRule.when("age-cannot-be-judged",
            facts -> facts.age() == AgeBand.UNDETERMINED,
            new Verdict.NeedsLegalReview("The apparent age cannot be judged, and both the PCA 1978 and s.62 turn on"
                    + " whether a child is shown."));

    static final LegalRule S62_LIMB_NOT_MET = LegalRule.named("s62-limb-not-met", (facts, day) -> {
        if (facts.media() != MediaKind.NON_PHOTOGRAPHIC) {
            return Option.none();
        }
        List<String> unmet = List.of(
                yes(facts, PORNOGRAPHIC) ? "" : "it is not pornographic",
                facts.content().isExplicit() ? "" : "it neither focuses on a genital or anal region nor portrays a"
                        + " listed act",
                yes(facts, GROSSLY_OFFENSIVE) ? "" : "it is not grossly offensive, disgusting or obscene")
                .filter(limb -> !limb.isEmpty());
        return unmet.isEmpty() ? Option.none() : Option.some(new Verdict.NotIllegal("Not a prohibited image under"
                + " s.62 of the CJA 2009, whose three limbs must all be met: " + unmet.mkString("; ") + "."));
    });

    static final LegalRule S62_ACT_UNSETTLED = LegalRule.when("s62-listed-act-unsettled",
            facts -> facts.media() == MediaKind.NON_PHOTOGRAPHIC
                    && (facts.content() == ContentClass.NON_PENETRATIVE_SEXUAL_ACTIVITY
                            || facts.content() == ContentClass.SEXUAL_ACTIVITY_WITH_ANIMAL_OR_SADISM),
            new Verdict.NeedsLegalReview("s.62(7) of the CJA 2009 lists particular acts; whether the activity shown is"
                    + " one of them is for a lawyer."));

    static final LegalRule S62_PROHIBITED_IMAGE = LegalRule.named("s62-prohibited-image", (facts, day) -> {
        if (!(s62Image(facts) && facts.age().isMinor())) {
            return Option.none();
        }
        if (!CJA_2009_S62.inForceOn(day)) {
            return Option.some(new Verdict.NeedsLegalReview("A prohibited image as s.62 of the CJA 2009 defines it,"
                    + " but s.62 is in force only from 6 April 2010."));
        }
        return Option.some(new Verdict.Illegal(List.of(CJA_2009_S62), Option.none(), "A non-photographic image of a"
                + " child meeting the three limbs of s.62: pornographic, showing a genital or anal focus or a listed"
                + " act, and grossly offensive, disgusting or obscene. Not graded."));
    });

    static final LegalRule NOT_INDECENT = LegalRule.when("not-indecent",
            facts -> photographicKind(facts) && !facts.content().isExplicit() && !yes(facts, INDECENT),
            new Verdict.NotIllegal("Neither sexual activity nor a genital or anal focus, and not indecent: outside"
                    + " the PCA 1978."));

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
        return List.of(BEFORE_MODELLED_PERIOD, s46aImageGenerator(s46aCommencement), TEXT_OR_AUDIO, APPEARS_ADULT,
                AGE_UNDETERMINED, S62_LIMB_NOT_MET, S62_ACT_UNSETTLED, S62_PROHIBITED_IMAGE, NOT_INDECENT,
                INDECENT_PHOTOGRAPH, INDECENT_PSEUDO_PHOTOGRAPH, INDECENT_DERIVED_IMAGE);
    }

    /** SOA 2003 s.46A: illegal from its commencement; before it, or while it is not configured, a legal review. */
    static LegalRule s46aImageGenerator(Option<LocalDate> commencement) {
        return LegalRule.named("s46a-image-generator", (facts, day) -> {
            if (facts.media() != MediaKind.GENERATOR_TOOL) {
                return Option.none();
            }
            if (commencement.isEmpty()) {
                return Option.some(new Verdict.NeedsLegalReview("A child sexual abuse image-generator: s.46A of the"
                        + " SOA 2003 applies once commenced, but its commencement is not configured. Set "
                        + UnitedKingdom.S46A_COMMENCEMENT_VARIABLE + " when it is known."));
            }
            if (day.isBefore(commencement.get())) {
                return Option.some(new Verdict.NeedsLegalReview("A child sexual abuse image-generator: s.46A of the"
                        + " SOA 2003 is not yet in force on " + day + "; it commences on " + commencement.get() + "."));
            }
            return Option.some(new Verdict.Illegal(List.of(UkStatutes.soa2003S46A(commencement.get())), Option.none(),
                    "A tool made to generate child sexual abuse images: s.46A of the SOA 2003. Not graded."));
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
                && (facts.content() == ContentClass.GENITAL_OR_ANAL_FOCUS
                        || facts.content() == ContentClass.PENETRATIVE_SEXUAL_ACTIVITY);
    }
}
