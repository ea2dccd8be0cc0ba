package org.hotline.domain.law;

import java.util.Objects;

/** One possible answer to a question: a stable identifier and the words shown to the analyst. */
public record Answer(String id, String label) {

    public Answer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        if (!id.matches("[A-Z0-9_]+")) {
            throw new IllegalArgumentException("answer identifiers are upper case with underscores: " + id);
        }
    }
}
