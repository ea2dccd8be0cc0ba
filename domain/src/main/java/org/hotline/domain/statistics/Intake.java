package org.hotline.domain.statistics;

/**
 * What came in over a period and what it was found to be. {@code reports} counts every report received (duplicates
 * too) and {@code addresses} the addresses they carried; the rest is about the cases opened in the period, as they
 * stand now: {@code assessed} those whose latest decision is illegal or not illegal, {@code illegal} and
 * {@code baseline} (INTERPOL's baseline, which is illegal everywhere) by that decision; {@code captured} those with an
 * item captured, {@code known} those with an item that matched a list of known content.
 */
public record Intake(long reports, long addresses, long casesOpened, long assessed, long illegal, long baseline,
        long captured, long known) {

    public static final Intake NONE = new Intake(0, 0, 0, 0, 0, 0, 0, 0);

    public Intake {
        if (reports < 0 || addresses < reports || casesOpened < 0) {
            throw new IllegalArgumentException("every report carries at least one address: " + reports + " reports, "
                    + addresses + " addresses, " + casesOpened + " cases");
        }
        if (assessed > casesOpened || illegal > assessed || baseline > illegal || captured > casesOpened
                || known > captured || Math.min(Math.min(assessed, illegal), Math.min(baseline, known)) < 0) {
            throw new IllegalArgumentException("figures of the cases opened are parts of one another: " + casesOpened
                    + " opened, " + assessed + " assessed, " + illegal + " illegal, " + baseline + " baseline, "
                    + captured + " captured, " + known + " known");
        }
    }

    /** The illegal ones of the cases assessed. */
    public Share illegalShare() {
        return new Share(illegal, assessed);
    }

    /** The baseline ones of the illegal cases. */
    public Share baselineShare() {
        return new Share(baseline, illegal);
    }

    /** The cases with known content of those captured. */
    public Share knownShare() {
        return new Share(known, captured);
    }
}
