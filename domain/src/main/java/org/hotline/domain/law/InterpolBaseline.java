package org.hotline.domain.law;

/**
 * The INTERPOL baseline: material illegal in every member country, decided without any country's law. The child is
 * real, is or appears to be under 13, and the material shows explicit sexual activity or focuses on the genital or
 * anal region. Synthetic, derived and non-photographic material is never baseline.
 */
public final class InterpolBaseline {

    private InterpolBaseline() {
    }

    public static boolean applies(Facts facts) {
        return facts.media() == MediaKind.PHOTO_OR_VIDEO
                && facts.realChild() == RealChild.REAL
                && facts.age() == AgeBand.UNDER_13
                && facts.content().isExplicit();
    }
}
