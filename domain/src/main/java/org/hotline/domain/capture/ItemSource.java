package org.hotline.domain.capture;

/** Where on a page an item was found: what an analyst needs to find it again in the page. */
public enum ItemSource {
    /** The reported address itself is an image or a video. */
    ADDRESS,
    /** An {@code img src} (or a lazy-loading {@code data-src}). */
    IMG,
    /** A candidate of a {@code srcset} (on {@code img} or {@code source}). */
    SRCSET,
    /** A {@code source src} inside {@code picture}, {@code video} or {@code audio}. */
    SOURCE,
    /** A {@code video src}. */
    VIDEO,
    /** A {@code video poster}. */
    POSTER,
    /** A link ({@code a href}) to an address that names a media file. */
    LINK,
    /** An {@code og:image}, {@code og:video} or {@code twitter:image} meta tag. */
    META,
    /** A {@code background-image} in a style attribute or style sheet of the page. */
    STYLE
}
