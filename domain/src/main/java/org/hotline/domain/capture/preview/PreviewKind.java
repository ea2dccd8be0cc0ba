package org.hotline.domain.capture.preview;

/** The two previews of an item. */
public enum PreviewKind {
    /** Greyscale and blurred: what the case page shows. */
    BLURRED,
    /** In colour and sharp: shown only in the answer to a reveal, which is counted. */
    REVEALED
}
