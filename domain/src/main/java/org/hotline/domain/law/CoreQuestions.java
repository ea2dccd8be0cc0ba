package org.hotline.domain.law;

import io.vavr.collection.List;

/**
 * The questions every jurisdiction asks, in every questionnaire first: they are what the INTERPOL baseline and the
 * network's exchange speak of. A national law adds its own questions after them.
 */
public final class CoreQuestions {

    public static final String MEDIA = "media";
    public static final String AGE = "age";
    public static final String REAL_CHILD = "realChild";
    public static final String CONTENT = "content";

    private static final List<Question> ALL = build();

    private CoreQuestions() {
    }

    /** The core questions, in the order asked. */
    public static List<Question> all() {
        return ALL;
    }

    private static List<Question> build() {
        return List.of(
                Question.of(MEDIA, "What kind of material is it?", "Judge how it was made, not how it is presented."
                        + " For a tool, answer the other questions for the images it is made or adapted to create.",
                        MediaKind.class, kind -> switch (kind) {
                            case PHOTO_OR_VIDEO -> "Photograph or video";
                            case PHOTOREALISTIC_SYNTHETIC -> "Computer-generated, looks like a photograph";
                            case DERIVED_FROM_PHOTO -> "Derived from a photograph (traced, drawn over)";
                            case NON_PHOTOGRAPHIC -> "Drawing, cartoon or non-realistic computer image";
                            case TEXT_OR_AUDIO -> "Text or audio only";
                            case GENERATOR_TOOL -> "A tool that generates images (a model, a program, a service)";
                        }),
                Question.of(AGE, "How old does the youngest person appear?", "Judge from physical development.",
                        AgeBand.class, band -> switch (band) {
                            case UNDER_13 -> "Under 13 (pre-pubescent)";
                            case AGE_13_TO_17 -> "13 to 17 (pubescent)";
                            case APPEARS_MINOR -> "Appears to be a minor";
                            case ADULT -> "Appears to be an adult";
                            case UNDETERMINED -> "Cannot be judged";
                        }),
                Question.of(REAL_CHILD, "Is the child a real person?", "Non-existent: drawn or generated, depicting nobody.",
                        RealChild.class, real -> switch (real) {
                            case REAL -> "Real";
                            case UNKNOWN -> "Cannot tell";
                            case NON_EXISTENT -> "Non-existent";
                        }),
                Question.of(CONTENT, "What does it show?", "The most serious thing shown.",
                        ContentClass.class, content -> switch (content) {
                            case PENETRATIVE_SEXUAL_ACTIVITY -> "Penetrative sexual activity";
                            case NON_PENETRATIVE_SEXUAL_ACTIVITY -> "Non-penetrative sexual activity";
                            case SEXUAL_ACTIVITY_WITH_ANIMAL_OR_SADISM -> "Sexual activity with an animal, or sadism";
                            case GENITAL_OR_ANAL_FOCUS -> "Focus on the genital or anal region for a sexual purpose";
                            case OTHER_SEXUALISED -> "Other sexualised content";
                            case NONE -> "Nothing sexual";
                        }));
    }
}
