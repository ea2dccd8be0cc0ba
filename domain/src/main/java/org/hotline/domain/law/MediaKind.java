package org.hotline.domain.law;

/** What kind of material the analyst saw. */
public enum MediaKind {
    /** A photograph or video of real scenes. */
    PHOTO_OR_VIDEO,
    /** Computer-generated (including AI-generated) material that looks like a photograph. */
    PHOTOREALISTIC_SYNTHETIC,
    /** Made from a photograph: traced, drawn over, or otherwise derived. */
    DERIVED_FROM_PHOTO,
    /** A drawing, cartoon or computer image that does not look like a photograph. */
    NON_PHOTOGRAPHIC,
    /** Written text or sound, without images. */
    TEXT_OR_AUDIO,
    /**
     * A tool that generates images (a model, a program, a service). The other facts describe the images it is made or
     * adapted to create, which is what a law on such tools turns on.
     */
    GENERATOR_TOOL
}
