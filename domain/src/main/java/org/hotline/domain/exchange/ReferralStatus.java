package org.hotline.domain.exchange;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * Where a referral stands, as the hotline it was referred to (or, for a withdrawal, the one that sent it) says. Each
 * travels back through the hub with the time it was reached; the wire and the database name them by {@link #code()}.
 */
public enum ReferralStatus {
    /** The receiving hotline has it in its queue. */
    RECEIVED("received", true),
    /** The receiving hotline assessed it under its own law and found it illegal there. */
    ASSESSED("assessed", true),
    /** The receiving hotline sent a notice to the host. */
    NOTICE_SENT("notice_sent", true),
    /** The content is gone from the address. */
    REMOVED("removed", true),
    /** The content moved to another country: the hub refers it on to that country's member hotline. */
    MOVED("moved", true),
    /** The receiving hotline assessed it under its own law and found it not illegal there. */
    NOT_ILLEGAL_HERE("not_illegal_here", true),
    /** The sending hotline took the referral back (a later decision found the material not illegal at home). */
    WITHDRAWN("withdrawn", false);

    private final String code;
    private final boolean byReceiver;

    ReferralStatus(String code, boolean byReceiver) {
        this.code = code;
        this.byReceiver = byReceiver;
    }

    public String code() {
        return code;
    }

    /** True when the hotline a referral went to says it; false when only its sender may (a withdrawal). */
    public boolean byReceiver() {
        return byReceiver;
    }

    /** True when nothing is pending after it: removed, not illegal there, or withdrawn. */
    public boolean settles() {
        return this == REMOVED || this == NOT_ILLEGAL_HERE || this == WITHDRAWN;
    }

    /** The status a code names, or none. */
    public static Option<ReferralStatus> ofCode(String code) {
        return List.of(values()).find(status -> status.code.equals(code));
    }
}
