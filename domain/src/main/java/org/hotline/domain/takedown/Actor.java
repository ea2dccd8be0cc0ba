package org.hotline.domain.takedown;

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
