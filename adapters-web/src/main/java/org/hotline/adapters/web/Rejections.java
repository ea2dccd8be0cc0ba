package org.hotline.adapters.web;

import io.javalin.http.HttpStatus;
import org.hotline.domain.Rejection;
import org.hotline.domain.assessment.AssessmentDesk;
import org.hotline.domain.assessment.LegalReviewDesk;
import org.hotline.domain.report.Cases;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.welfare.Welfare;

/**
 * How the workbench answers the domain's refusals. Nothing was changed when the domain refused; the answer says why
 * in the words of the message bundle ({@code rejection.<code>}), never with internals. A case that does not exist
 * (a mistyped or tampered identifier) and a missing role are answered with a page of their own; wrong input with 400
 * and the form again; anything else (taken, expired, past the limit) with 409 and the page again.
 */
final class Rejections {

    private Rejections() {
    }

    /** Throws the page of its own that a refusal about the request itself gets: 404 for an unknown case, 403 for a role. */
    static void refuseWholePage(Rejection rejection) {
        if (rejection.code().equals(Cases.UNKNOWN)) {
            throw new Refusal(HttpStatus.NOT_FOUND, "case.notFound", rejection.detail());
        }
        if (rejection.code().equals(Acting.ROLE_REQUIRED)) {
            throw new Refusal(HttpStatus.FORBIDDEN, "page.forbidden", rejection.detail());
        }
    }

    /** The status of a refusal shown on the page it came from. */
    static HttpStatus statusOf(Rejection rejection) {
        String code = rejection.code();
        boolean input = code.equals(AssessmentDesk.ANSWERS_INVALID) || code.equals(Welfare.REASON_INVALID)
                || code.equals(Welfare.UNKNOWN_ANALYST) || code.equals(LegalReviewDesk.DECISION_INVALID);
        return input ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
    }

    /** The refusal in words; the domain's English detail where the bundle has no words for its code. */
    static String message(Rejection rejection, Messages t) {
        String key = "rejection." + rejection.code();
        return t.has(key) ? t.get(key) : rejection.detail();
    }
}
