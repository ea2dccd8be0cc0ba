package org.hotline.domain.audit;

import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Where the program keeps the end of the trail outside the database: a file beside its data and a line in its log,
 * out of reach of whoever controls the database alone. An anchor only ever moves forward.
 */
@SecondaryPort
public interface AuditAnchors {

    /** The latest anchor; none before the program first anchored the trail. */
    Option<AuditAnchor> latest();

    /**
     * Starts anchoring, at start-up: when there is no anchor yet, the trail's current end becomes the first, and every
     * record after it must carry a seal. An existing anchor is left as it is.
     */
    void begin(AuditHead current);

    /** Moves the anchor to a new end of the trail, once the record that ends it is committed; never backwards. */
    void advance(AuditHead head);
}
