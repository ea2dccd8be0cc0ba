package org.hotline.domain.report;

import java.time.Instant;
import java.util.Objects;

import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.staff.StaffId;

/**
 * Where a case stands. Each state is its own type, so that what may happen next is decided by the state the case is
 * in, not by flags.
 */
public sealed interface CaseState {

    /** The name stored and shown for this state. */
    String name();

    /** True until the case is closed. */
    default boolean isOpen() {
        return !(this instanceof Closed);
    }

    /** The state as it stands at the given time: a claim that ran out by then counts as waiting for assessment. */
    default CaseState asOf(Instant at) {
        return this instanceof InAssessment claim && claim.lapsedAt(at) ? new AwaitingAssessment() : this;
    }

    /** The state in a short readable form, for the audit trail: the name and what the state carries. */
    default String describe() {
        return name();
    }

    /**
     * Whether a supervisor may appeal the assessment the case follows in this state: only an assessed case can be,
     * and a closed one only when it was closed as not illegal.
     */
    default boolean appealable() {
        return false;
    }

    /** The states in which an analyst may claim the case: waiting, or held by a claim that may have run out. */
    sealed interface Claimable extends CaseState permits AwaitingAssessment, InAssessment {
    }

    /**
     * The states after an assessment in which the case waits for the hotline's next step; an appeal moves it where
     * the appeal's finding leads.
     */
    sealed interface AfterAssessment extends CaseState permits AwaitingLegalReview, AwaitingHostingTrace {
        @Override
        default boolean appealable() {
            return true;
        }
    }

    /**
     * The states in which the case is pursued beyond the hotline's own desk (referred, in takedown, with the police):
     * an appeal that still finds the material illegal leaves it where it is; any other finding moves it on.
     */
    sealed interface Pursued extends CaseState permits Forwarded, InTakedown, ToRefer, ForPolice {
        @Override
        default boolean appealable() {
            return true;
        }
    }

    /** Received, waiting for an analyst. */
    record AwaitingAssessment() implements Claimable {
        public String name() {
            return "AWAITING_ASSESSMENT";
        }
    }

    /** An analyst has claimed the case; the claim lapses at {@code expiresAt} if it is not finished. */
    record InAssessment(StaffId analyst, Instant claimedAt, Instant expiresAt) implements Claimable {
        public InAssessment {
            Objects.requireNonNull(analyst, "analyst");
            Objects.requireNonNull(claimedAt, "claimedAt");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }

        public String name() {
            return "IN_ASSESSMENT";
        }

        @Override
        public String describe() {
            return name() + " by " + analyst + " from " + claimedAt + " until " + expiresAt;
        }

        /** True when the claim has run out at the given time: it then counts as free. */
        public boolean lapsedAt(Instant at) {
            return !at.isBefore(expiresAt);
        }
    }

    /** The analyst could not decide under the law as written; a legal review decides. */
    record AwaitingLegalReview(Instant since) implements AfterAssessment {
        public String name() {
            return "AWAITING_LEGAL_REVIEW";
        }
    }

    /** Assessed illegal; where the content is hosted is to be traced. */
    record AwaitingHostingTrace(Instant since) implements AfterAssessment {
        public String name() {
            return "AWAITING_HOSTING_TRACE";
        }
    }

    /** Sent to the hotline of the hosting country through the network exchange. */
    record Forwarded(Instant at, String toHotline) implements Pursued {
        public String name() {
            return "FORWARDED";
        }

        @Override
        public String describe() {
            return name() + " to " + toHotline;
        }
    }

    /** Notice and takedown is under way with police and the hosting provider. */
    record InTakedown(Instant since) implements Pursued {
        public String name() {
            return "IN_TAKEDOWN";
        }
    }

    /** Hosted in another country that has a member hotline: to be referred to that hotline through the exchange. */
    record ToRefer(Instant since, CountryCode country) implements Pursued {
        public ToRefer {
            Objects.requireNonNull(since, "since");
            Objects.requireNonNull(country, "country");
        }

        public String name() {
            return "TO_REFER";
        }

        @Override
        public String describe() {
            return name() + " to " + country;
        }
    }

    /**
     * Hosted in a country without a member hotline: the cooperation agreement hands it to the police, a task for the
     * police liaison.
     */
    record ForPolice(Instant since, CountryCode country) implements Pursued {
        public ForPolice {
            Objects.requireNonNull(since, "since");
            Objects.requireNonNull(country, "country");
        }

        public String name() {
            return "FOR_POLICE";
        }

        @Override
        public String describe() {
            return name() + " (hosted in " + country + ")";
        }
    }

    /**
     * Nothing more to do.
     *
     * @param note why, in words, where there is more to say than the reason: for a case closed as not illegal, the
     *        reason the law gave
     */
    record Closed(Instant at, ClosureReason reason, Option<String> note) implements CaseState {
        public Closed {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(note, "note");
        }

        public Closed(Instant at, ClosureReason reason) {
            this(at, reason, Option.none());
        }

        public String name() {
            return "CLOSED";
        }

        /** A case closed as not illegal may be appealed (and reopened); one closed for any other reason may not. */
        @Override
        public boolean appealable() {
            return reason == ClosureReason.NOT_ILLEGAL;
        }

        @Override
        public String describe() {
            return name() + " (" + reason + note.map(n -> ": " + n).getOrElse("") + ")";
        }
    }

    /** Why a case was closed. */
    enum ClosureReason {
        NOT_ILLEGAL,
        CONTENT_REMOVED,
        CONTENT_UNAVAILABLE,
        HANDED_TO_PARTNER,
        /** Illegal, but hosted where the cooperation agreement leaves the hotline nothing to do. */
        OUT_OF_REMIT
    }
}
