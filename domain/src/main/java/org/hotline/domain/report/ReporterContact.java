package org.hotline.domain.report;

import java.util.Objects;

import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How to reach a reporter who chose to leave contact details. Reports are anonymous by default: this exists only
 * when the reporter gave at least one detail.
 */
@ValueObject
public record ReporterContact(Option<String> name, Option<String> email, Option<String> phone) {

    public ReporterContact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        if (name.isEmpty() && email.isEmpty() && phone.isEmpty()) {
            throw new IllegalArgumentException("a contact has at least one detail");
        }
    }
}
