package org.hotline.domain.report;

/** How a report reached the hotline. */
public enum Channel {
    /** The public report form. */
    WEB_FORM,
    /** The JSON API, used by partners and apps. */
    API,
    /** An e-mail to the hotline, entered by staff. */
    EMAIL,
    /** A referral from another hotline of the network. */
    NETWORK_REFERRAL
}
