package org.hotline.domain.exchange;

import org.hotline.domain.Rejection;

/** Why the hub refused a message or a request. Nothing was changed. */
public enum HubRefusal implements Rejection.Reason {
    /** No credential, or one the hub does not know (never issued, replaced, or of a withdrawn member). */
    UNKNOWN_CREDENTIAL("exchange.credential_unknown"),
    /** The message says it comes from a country the calling member does not serve. */
    NOT_YOUR_COUNTRY("exchange.not_your_country"),
    /** No member hotline serves the country the message goes to. */
    NO_MEMBER("exchange.no_member"),
    /** The referral goes to a country the calling member serves itself. */
    OWN_COUNTRY("exchange.own_country"),
    /** A status of a referral the hub never routed to (or, for a withdrawal, from) the calling member. */
    UNKNOWN_REFERRAL("exchange.referral_unknown"),
    /** The message or request is not as the protocol writes it. */
    MALFORMED("exchange.malformed"),
    /** A member's name or countries are not acceptable, or a country is served already. */
    MEMBER_INVALID("exchange.member_invalid"),
    UNKNOWN_MEMBER("exchange.member_unknown");

    private final String code;

    HubRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
