package org.hotline.domain.report;

import java.util.Objects;
import java.util.UUID;

import io.vavr.control.Option;
import org.hotline.domain.Identifiers;
import org.jmolecules.ddd.types.Identifier;

/** Identifies one case: the work on one canonical address. */
public record CaseId(UUID value) implements Identifier {

    public CaseId {
        Objects.requireNonNull(value, "value");
    }

    public static Option<CaseId> parse(String text) {
        return Identifiers.uuid(text).map(CaseId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
