package org.hotline.domain.recheck;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where re-checks are kept; each is added once and never changed. */
@SecondaryPort
public interface Rechecks extends RecheckResults {

    void add(Recheck recheck);
}
