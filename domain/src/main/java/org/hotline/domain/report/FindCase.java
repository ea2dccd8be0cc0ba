package org.hotline.domain.report;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.hotline.domain.FieldError;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Finds cases by what an analyst has at hand: a reference a reporter quotes (the cases its addresses went to) or an
 * address (every case of it, open or closed, in canonical form, however it was typed).
 */
@PrimaryPort
public interface FindCase {

    /** The cases found, the one opened last first; or why the text is neither a reference nor an address. */
    Either<FieldError, Seq<Case>> find(String referenceOrAddress);
}
