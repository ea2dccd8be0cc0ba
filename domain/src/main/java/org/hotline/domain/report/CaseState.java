package org.hotline.domain.report;

import java.time.Instant;
import java.util.Objects;

import org.hotline.domain.staff.StaffId;

/**
 * Where a case stands. Each state is its own type, so that what may happen next is decided by the state the case is
 * in, not by flags.
 */
public sealed interface CaseState {

    /** The name stored and shown for this state. */
    String name();

    /** True until the case is closed; only an open case takes in new reports of its address. */
    default boolean isOpen() {
        return !(this instanceof Closed);
    }

    /** Received, waiting for an analyst. */
    record AwaitingAssessment() implements CaseState {
        public String name() {
            return "AWAITING_ASSESSMENT";
        }
    }

    /** An analyst has claimed the case; the claim lapses at {@code expiresAt} if it is not finished. */
    record InAssessment(StaffId analyst, Instant claimedAt, Instant expiresAt) implements CaseState {
        public InAssessment {
            Objects.requireNonNull(analyst, "analyst");
            Objects.requireNonNull(claimedAt, "claimedAt");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }

        public String name() {
            return "IN_ASSESSMENT";
        }
    }

    /** The analyst could not decide under the law as written; a legal review decides. */
    record AwaitingLegalReview(Instant since) implements CaseState {
        public String name() {
            return "AWAITING_LEGAL_REVIEW";
        }
    }

    /** Assessed illegal; where the content is hosted is to be traced. */
    record AwaitingHostingTrace(Instant since) implements CaseState {
        public String name() {
            return "AWAITING_HOSTING_TRACE";
        }
    }

    /** Sent to the hotline of the hosting country through the network exchange. */
    record Forwarded(Instant at, String toHotline) implements CaseState {
        public String name() {
            return "FORWARDED";
        }
    }

    /** Notice and takedown is under way with police and the hosting provider. */
    record InTakedown(Instant since) implements CaseState {
        public String name() {
            return "IN_TAKEDOWN";
        }
    }

    /** Nothing more to do. */
    record Closed(Instant at, ClosureReason reason) implements CaseState {
        public Closed {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(reason, "reason");
        }

        public String name() {
            return "CLOSED";
        }
    }

    /** Why a case was closed. */
    enum ClosureReason {
        NOT_ILLEGAL,
        CONTENT_REMOVED,
        CONTENT_UNAVAILABLE,
        HANDED_TO_PARTNER
    }
}
