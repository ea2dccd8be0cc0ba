package org.hotline.domain.report;

/** What the reporter says they saw at the address. */
public enum SeenContent {
    IMAGES,
    VIDEOS,
    TEXT,
    OTHER
}
