package org.hotline.domain.statistics;

import io.vavr.control.Option;

/** A part of a whole, such as the illegal ones of the cases assessed; no share when the whole is nothing. */
public record Share(long part, long whole) {

    public Share {
        if (part < 0 || whole < 0 || part > whole) {
            throw new IllegalArgumentException("a share is a part of its whole: " + part + " of " + whole);
        }
    }

    /** The part in percent of the whole; none of nothing. */
    public Option<Double> percent() {
        return whole == 0 ? Option.none() : Option.some(100.0 * part / whole);
    }
}
