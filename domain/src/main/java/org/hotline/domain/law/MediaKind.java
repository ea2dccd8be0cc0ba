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
    /** A tool made to generate such images (a model, a program). */
    GENERATOR_TOOL
}
