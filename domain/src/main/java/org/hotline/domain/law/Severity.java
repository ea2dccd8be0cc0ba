package org.hotline.domain.law;

import java.util.Objects;

/** A grade on a country's own severity scale, such as category A of the UK Sentencing Council guideline. */
public record Severity(String scale, String grade) {

    public Severity {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(grade, "grade");
    }

    @Override
    public String toString() {
        return scale + " " + grade;
    }
}
