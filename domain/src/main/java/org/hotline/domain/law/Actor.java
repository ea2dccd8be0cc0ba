package org.hotline.domain.law;

/** Who performs a step of a procedure. */
public enum Actor {
    HOTLINE,
    POLICE,
    MAGISTRATE,
    PROSECUTOR,
    HOSTING_PROVIDER,
    PARTNER_HOTLINE,
    LEGAL_ADVISER
}
