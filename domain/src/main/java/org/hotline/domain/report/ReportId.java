package org.hotline.domain.report;

import java.util.Objects;
import java.util.UUID;

import io.vavr.control.Option;
import org.hotline.domain.Identifiers;
import org.jmolecules.ddd.types.Identifier;

/** Identifies one report. Unguessable: it is also what a partner uses to read back its report. */
public record ReportId(UUID value) implements Identifier {

    public ReportId {
        Objects.requireNonNull(value, "value");
    }

    public static Option<ReportId> parse(String text) {
        return Identifiers.uuid(text).map(ReportId::new);
    }

    /** The short reference a reporter is given, derived from the identifier. */
    public ReportReference reference() {
        return ReportReference.of(this);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
