package org.hotline.domain.knowncontent;

import java.time.Instant;
import java.util.Objects;

import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;

/** A list as the administrator sees it: its settings, entries held and retracted, when made, last imported into. */
@ValueObject
public record ListOverview(KnownList list, long entries, long retracted, Instant created, Option<Instant> lastImport) {

    public ListOverview {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(lastImport, "lastImport");
    }
}
