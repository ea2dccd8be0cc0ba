package org.hotline.domain.deliberatelycyclic;

import org.hotline.domain.deliberatelybad.CyclicOne;

/** Deliberately wrong, for the architecture test: closes the circle {@link CyclicOne} opened. Test sources only. */
public final class CyclicTwo {

    public CyclicOne back() {
        return new CyclicOne();
    }
}
