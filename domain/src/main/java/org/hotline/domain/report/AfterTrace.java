package org.hotline.domain.report;

/** Where a case goes once its hosting country is settled, as the home jurisdiction's cooperation agreement says. */
public enum AfterTrace {
    /** Hosted at home (or a notice goes to the host abroad): notice and takedown. */
    TAKEDOWN,
    /** Hosted in a country with a member hotline: a referral through the network exchange. */
    REFERRAL,
    /** Hosted in a country without a member hotline: the police, through the police liaison. */
    POLICE,
    /** Hosted where the agreement has nothing for the hotline to do (the UK's prohibited images abroad): closed. */
    CLOSE
}
