package org.hotline.domain.deliberatelybad;

import org.hotline.domain.deliberatelycyclic.CyclicTwo;

/** Deliberately wrong, for the architecture test: uses a domain package that uses this one. Test sources only. */
public final class CyclicOne {

    public CyclicTwo next() {
        return new CyclicTwo();
    }
}
