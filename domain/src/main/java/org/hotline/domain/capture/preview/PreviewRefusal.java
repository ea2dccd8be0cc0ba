package org.hotline.domain.capture.preview;

import org.hotline.domain.Rejection;

/** Why there is no preview of a captured item ({@link ShowPreview}). A reveal that was refused was not recorded. */
public enum PreviewRefusal implements Rejection.Reason {
    ROLE_REQUIRED("staff.role_required"),
    CASE_UNKNOWN("case.unknown"),
    /** The item names no item of the case. */
    UNKNOWN_ITEM("preview.unknown_item"),
    /** The item is not an image that was measured (a video, or an image that did not decode). */
    NOT_AN_IMAGE("preview.not_an_image"),
    /** The content at the item's address is not what was captured. */
    CHANGED("preview.changed"),
    /** The item could not be fetched again. */
    UNAVAILABLE("preview.unavailable"),
    /** The content fetched again would not decode. */
    UNDECODABLE("preview.undecodable");

    private final String code;

    PreviewRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
