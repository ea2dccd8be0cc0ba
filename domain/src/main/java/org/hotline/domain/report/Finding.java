package org.hotline.domain.report;

import java.time.Instant;
import java.util.Objects;

/**
 * What an assessment found, as far as the case's lifecycle is concerned: the kind of verdict and the reason the law
 * gave. The case moves on by the kind; the reason is kept where the case closes.
 */
public record Finding(Kind kind, String reason) {

    /** The kinds of verdict, as the case's lifecycle tells them apart. */
    public enum Kind {
        ILLEGAL,
        NOT_ILLEGAL,
        NEEDS_LEGAL_REVIEW
    }

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }

    /** The state a case moves to on this finding: closed, on to hosting trace, or to legal review. */
    CaseState nextState(Instant at) {
        if (kind == Kind.NOT_ILLEGAL) {
            return new CaseState.Closed(at, CaseState.ClosureReason.NOT_ILLEGAL, io.vavr.control.Option.some(reason));
        } else if (kind == Kind.ILLEGAL) {
            return new CaseState.AwaitingHostingTrace(at);
        }
        return new CaseState.AwaitingLegalReview(at);
    }
}
