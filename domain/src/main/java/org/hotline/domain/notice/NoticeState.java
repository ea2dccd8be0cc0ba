package org.hotline.domain.notice;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a notice stands: waiting in the outbox, sent, failed for good (for staff to see and act on), or withdrawn
 * before it went.
 */
public sealed interface NoticeState {

    /** A stable name, as stored and shown. */
    String name();

    /** In the outbox, to be sent (again, after a temporary failure). */
    record Queued() implements NoticeState {
        public String name() {
            return "QUEUED";
        }
    }

    /** The mail server accepted it at {@code at}, with the message identifier it went out with. */
    record Sent(Instant at, String messageId) implements NoticeState {
        public Sent {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(messageId, "messageId");
        }

        public String name() {
            return "SENT";
        }
    }

    /** It could not be sent and trying again will not help: the code and detail of the {@link SendFailure}. */
    record Failed(Instant at, String code, String detail) implements NoticeState {
        public Failed {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(detail, "detail");
        }

        public String name() {
            return "FAILED";
        }
    }

    /** Taken out of the outbox before it went, because its takedown was withdrawn: why, and when. */
    record Withdrawn(Instant at, String reason) implements NoticeState {
        public Withdrawn {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(reason, "reason");
        }

        public String name() {
            return "WITHDRAWN";
        }
    }
}
