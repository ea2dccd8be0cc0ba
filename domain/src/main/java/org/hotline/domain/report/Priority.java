package org.hotline.domain.report;

/** How soon a case should be looked at; the queue lists higher priorities first, and by age within a priority. */
public enum Priority {
    NORMAL,
    HIGH,
    URGENT;

    /** The priority as a number that sorts with it: 0 for normal, 2 for urgent. */
    public int rank() {
        return ordinal();
    }

    public static Priority ofRank(int rank) {
        if (rank < 0 || rank >= values().length) {
            throw new IllegalArgumentException("no priority has the rank " + rank);
        }
        return values()[rank];
    }
}
