package org.hotline.domain.partner;

import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Tells which partner presents a key. */
@PrimaryPort
public interface RecognisePartner {

    /** The active partner holding the key; none for an unknown, malformed or withdrawn key. */
    Option<Partner> recognise(String presentedKey);
}
