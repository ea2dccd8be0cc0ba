package org.hotline.adapters.web;

import io.javalin.http.HttpStatus;
import org.hotline.domain.Rejection;
import org.hotline.domain.assessment.AssessmentRefusal;
import org.hotline.domain.assessment.CaseFileRefusal;
import org.hotline.domain.assessment.ClaimRefusal;
import org.hotline.domain.assessment.LawChangesRefusal;
import org.hotline.domain.hosting.casework.HostingRefusal;
import org.hotline.domain.assessment.LegalDecisionRefusal;
import org.hotline.domain.capture.job.CaptureRefusal;
import org.hotline.domain.capture.preview.PreviewRefusal;
import org.hotline.domain.takedown.TakedownRefusal;
import org.hotline.domain.welfare.WelfareRefusal;

/**
 * How the workbench answers the domain's refusals. Nothing was changed when the domain refused; the answer says why
 * in the words of the message bundle ({@code rejection.<code>}), never with internals. Each port's refusals are
 * mapped here by an exhaustive switch, so a refusal added to the domain does not compile until it has an answer: a
 * case that does not exist (a mistyped or tampered identifier) and a missing role get a page of their own; wrong
 * input gets 400 and the form again; anything else (taken, expired, past the limit) 409 and the page again.
 */
final class Rejections {

    /** The kinds of answer a refusal gets. */
    enum Answer {
        /** A page of its own: 404, there is no such case. */
        NO_SUCH_CASE,
        /** A page of its own: 403, the role acted in does not allow this. */
        ROLE_REQUIRED,
        /** The page again, with the input at fault marked: 400. */
        INVALID_INPUT,
        /** The page again, with the reason: 409. */
        CONFLICT
    }

    private Rejections() {
    }

    static Answer answer(ClaimRefusal reason) {
        return switch (reason) {
            case CASE_UNKNOWN -> Answer.NO_SUCH_CASE;
            case ROLE_REQUIRED -> Answer.ROLE_REQUIRED;
            case LIMIT_REACHED, QUEUE_EMPTY, NOT_AWAITING_ASSESSMENT, TAKEN, ALREADY_YOURS, NOT_CLAIMED, NOT_YOURS, EXPIRED,
                    CHANGED_MEANWHILE -> Answer.CONFLICT;
        };
    }

    static Answer answer(AssessmentRefusal reason) {
        return switch (reason) {
            case CASE_UNKNOWN -> Answer.NO_SUCH_CASE;
            case ROLE_REQUIRED -> Answer.ROLE_REQUIRED;
            case ANSWERS_INVALID -> Answer.INVALID_INPUT;
            case NOT_CLAIMED, CLAIM_NOT_YOURS, CLAIM_EXPIRED, CHANGED_MEANWHILE, NOTHING_TO_APPEAL, REVIEWER_INVOLVED,
                    ADDRESS_HAS_OPEN_CASE, NOT_APPEALABLE -> Answer.CONFLICT;
        };
    }

    static Answer answer(CaseFileRefusal reason) {
        return switch (reason) {
            case CASE_UNKNOWN -> Answer.NO_SUCH_CASE;
            case ROLE_REQUIRED -> Answer.ROLE_REQUIRED;
        };
    }

    static Answer answer(WelfareRefusal reason) {
        return switch (reason) {
            case CASE_UNKNOWN -> Answer.NO_SUCH_CASE;
            case ROLE_REQUIRED -> Answer.ROLE_REQUIRED;
            case UNKNOWN_ANALYST, REASON_INVALID, WEEK_OUT_OF_RANGE -> Answer.INVALID_INPUT;
            case OWN_LIMIT, DAY_PAST, ALREADY_LIFTED -> Answer.CONFLICT;
        };
    }

    static Answer answer(LegalDecisionRefusal reason) {
        return switch (reason) {
            case CASE_UNKNOWN -> Answer.NO_SUCH_CASE;
            case ROLE_REQUIRED -> Answer.ROLE_REQUIRED;
            case DECISION_INVALID -> Answer.INVALID_INPUT;
            case NOT_AWAITING_REVIEW, CHANGED_MEANWHILE -> Answer.CONFLICT;
        };
    }

    static Answer answer(HostingRefusal reason) {
        return switch (reason) {
            case CASE_UNKNOWN -> Answer.NO_SUCH_CASE;
            case ROLE_REQUIRED -> Answer.ROLE_REQUIRED;
            case COUNTRY_INVALID, REASON_INVALID, REASON_REQUIRED, REASON_TOO_LONG -> Answer.INVALID_INPUT;
            case NOT_AWAITING_TRACE, NOT_ILLEGAL, TRACE_WAITING, CHANGED_MEANWHILE -> Answer.CONFLICT;
        };
    }

    static Answer answer(TakedownRefusal reason) {
        return switch (reason) {
            case CASE_UNKNOWN -> Answer.NO_SUCH_CASE;
            case ROLE_REQUIRED -> Answer.ROLE_REQUIRED;
            case TEXT_INVALID, REVIEW_DATE_UNREADABLE, REVIEW_DATE_INVALID, UNKNOWN_STEP, NEEDED_BY_INVALID,
                    REQUEST_UNKNOWN -> Answer.INVALID_INPUT;
            case STEP_ALREADY_DONE, STEP_WAITING, ON_POLICE_HOLD, HOLD_ALREADY_PLACED, NO_HOLD, NOTICE_ALREADY_SENT,
                    NOT_NOTIFIED_YET, ENDED, NOT_WITHDRAWN, NO_TAKEDOWN, NOTICE_NOT_SENT, CHANGED_MEANWHILE,
                    REQUEST_ANSWERED -> Answer.CONFLICT;
        };
    }

    static Answer answer(LawChangesRefusal reason) {
        return switch (reason) {
            case ROLE_REQUIRED -> Answer.ROLE_REQUIRED;
        };
    }

    static Answer answer(CaptureRefusal reason) {
        return switch (reason) {
            case ROLE_REQUIRED -> Answer.ROLE_REQUIRED;
            case CASE_UNKNOWN -> Answer.NO_SUCH_CASE;
            case ALREADY_WAITING -> Answer.CONFLICT;
        };
    }

    static Answer answer(PreviewRefusal reason) {
        return switch (reason) {
            case ROLE_REQUIRED -> Answer.ROLE_REQUIRED;
            case CASE_UNKNOWN -> Answer.NO_SUCH_CASE;
            case UNKNOWN_ITEM, NOT_AN_IMAGE, CHANGED, UNAVAILABLE, UNDECODABLE -> Answer.CONFLICT;
        };
    }

    /** Throws the page of its own that a refusal about the request itself gets: 404 for an unknown case, 403 for a role. */
    static void refuseWholePage(Answer answer, Rejection<?> rejection) {
        switch (answer) {
            case NO_SUCH_CASE -> throw new Refusal(HttpStatus.NOT_FOUND, "case.notFound", rejection.detail());
            case ROLE_REQUIRED -> throw new Refusal(HttpStatus.FORBIDDEN, "page.forbidden", rejection.detail());
            case INVALID_INPUT, CONFLICT -> {
                // Shown on the page it came from.
            }
        }
    }

    /** The status of a refusal shown on the page it came from. */
    static HttpStatus statusOf(Answer answer) {
        return switch (answer) {
            case NO_SUCH_CASE -> HttpStatus.NOT_FOUND;
            case ROLE_REQUIRED -> HttpStatus.FORBIDDEN;
            case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
    }

    /** The refusal in words; the domain's English detail where the bundle has no words for its reason. */
    static String message(Rejection<?> rejection, Messages t) {
        String key = "rejection." + rejection.code();
        return t.has(key) ? t.get(key) : rejection.detail();
    }
}
