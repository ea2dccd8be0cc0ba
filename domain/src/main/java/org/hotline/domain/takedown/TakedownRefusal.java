package org.hotline.domain.takedown;

import org.hotline.domain.Rejection;

/** Why a takedown refused what was asked of it. Nothing was changed. */
public enum TakedownRefusal implements Rejection.Reason {
    /** The procedure has no step of that name. */
    UNKNOWN_STEP("takedown.unknown_step"),
    /** The step was recorded before. */
    STEP_ALREADY_DONE("takedown.step_already_done"),
    /** A step the agreement puts first is not done yet. */
    STEP_WAITING("takedown.step_waiting"),
    /** A police hold stops anything reaching the host until the police lift it. */
    ON_POLICE_HOLD("takedown.on_police_hold"),
    /** A hold is placed already. */
    HOLD_ALREADY_PLACED("takedown.hold_already_placed"),
    /** There is no hold to lift. */
    NO_HOLD("takedown.no_hold"),
    /** The host has been asked already: a hold can no longer keep the notice back. */
    NOTICE_ALREADY_SENT("takedown.notice_already_sent"),
    /** The review date of a hold is not after the day it is placed. */
    REVIEW_DATE_INVALID("takedown.review_date_invalid"),
    /** Removal cannot be seen before the host was asked to remove. */
    NOT_NOTIFIED_YET("takedown.not_notified_yet"),
    /** The takedown has ended (content removed, or the takedown withdrawn). */
    ENDED("takedown.ended"),
    /** Only a withdrawn takedown can run again. */
    NOT_WITHDRAWN("takedown.not_withdrawn"),
    /** No case has the identifier given. */
    CASE_UNKNOWN("case.unknown"),
    /** The case has no takedown. */
    NO_TAKEDOWN("takedown.none"),
    /** The role acted in may not do this, or may not record a step of that actor. */
    ROLE_REQUIRED("staff.role_required"),
    /** A note, reference or reason is missing, too long, or holds a character that is not allowed. */
    TEXT_INVALID("takedown.text_invalid"),
    /** The review date of a hold is not a date. */
    REVIEW_DATE_UNREADABLE("takedown.review_date_unreadable"),
    /** The notice could not be put on its way to the host (no abuse contact is registered for it, say). */
    NOTICE_NOT_SENT("takedown.notice_not_sent"),
    /** Someone changed the takedown or its case a moment ago. */
    CHANGED_MEANWHILE("takedown.changed_meanwhile"),
    /** No request of the police has the identifier given. */
    REQUEST_UNKNOWN("takedown.request_unknown"),
    /** The police's request was answered already. */
    REQUEST_ANSWERED("takedown.request_answered"),
    /** The day the police need something by is not a date, or has passed. */
    NEEDED_BY_INVALID("takedown.needed_by_invalid");

    private final String code;

    TakedownRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
