package org.hotline.domain.assessment;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Tidies up claims that ran out: their cases go back to waiting for assessment, each change audited as the program's
 * own. Optional housekeeping, for a timer to call: a claim that ran out counts as free whether or not it was tidied.
 */
@PrimaryPort
public interface ReleaseLapsedClaims {

    /** How many claims were tidied up. */
    int releaseLapsed();
}
