package org.hotline.domain.assessment;

/** Whether the child depicted is a real person. */
public enum RealChild {
    REAL,
    UNKNOWN,
    NON_EXISTENT
}
