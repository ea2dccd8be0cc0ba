package org.hotline.domain.law;

/** What a step of a procedure does. The kinds that clear the way for a notice are marked as clearances. */
public enum StepKind {
    /** Tell the police about the content. */
    NOTIFY_POLICE(false),
    /** Police say the content may be taken down without harming an investigation. */
    POLICE_CLEARANCE(true),
    /** A magistrate or prosecutor approves contacting the host (in Belgium, verbally at first). */
    JUDICIAL_APPROVAL(true),
    /**
     * A police hold: the police may ask the hotline to wait, so as not to compromise an investigation. The step is
     * done when the police lift the hold, or at once when they place none; a notice to the host waits for it.
     */
    POLICE_HOLD(true),
    /** Ask the host to preserve evidence and remove (or make inaccessible) the content. */
    SEND_NOTICE_TO_HOST(false),
    /** A written judicial order for permanent removal. */
    WRITTEN_REMOVAL_ORDER(false),
    /** Check whether the content is gone; repeat the notice while it is not. */
    CONFIRM_REMOVAL(false),
    /** Send the case through the network exchange to the hotline of the hosting country. */
    REFER_TO_PARTNER_HOTLINE(false),
    /** Send victim-identification material to the competent agency. */
    SHARE_FOR_VICTIM_IDENTIFICATION(false),
    /** A lawyer decides what the law does not settle. */
    LEGAL_REVIEW(false),
    /** Trace where the content is hosted. */
    TRACE_HOSTING(false),
    /** Nothing more to do; the case is closed. */
    CLOSE_CASE(false);

    private final boolean clearance;

    StepKind(boolean clearance) {
        this.clearance = clearance;
    }

    /** A step a notice to the host must wait for, when the procedure has it. */
    public boolean isClearance() {
        return clearance;
    }
}
