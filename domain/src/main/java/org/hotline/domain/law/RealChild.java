package org.hotline.domain.law;

/** Whether the child depicted is a real person. */
public enum RealChild {
    REAL,
    UNKNOWN,
    NON_EXISTENT
}
