package org.hotline.domain.knowncontent;

import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Why a file was not imported, and where: its line (counted from 1) and, where the format has them, the column (0
 * when the whole line is meant). Nothing of the file was imported.
 */
@ValueObject
public record ImportRefusal(long line, int column, String reason) {

    public ImportRefusal {
        Objects.requireNonNull(reason, "reason");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("a line and column are not negative");
        }
    }

    /** A refusal of a whole line. */
    public static ImportRefusal at(long line, String reason) {
        return new ImportRefusal(line, 0, reason);
    }

    /** A refusal of the file as a whole, before any line (it is empty, or unreadable). */
    public static ImportRefusal ofFile(String reason) {
        return new ImportRefusal(0, 0, reason);
    }

    @Override
    public String toString() {
        if (line == 0) {
            return reason;
        }
        return "line " + line + (column > 0 ? ", column " + column : "") + ": " + reason;
    }
}
