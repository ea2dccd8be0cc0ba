package org.hotline.domain.notice;

import java.util.Objects;

import io.vavr.collection.Seq;
import org.hotline.domain.contact.EmailAddress;

/**
 * Why a notice was not sent, and whether trying again can help. Each kind has a stable {@code code} a user interface
 * can translate and an English {@code detail}.
 */
public sealed interface SendFailure {

    String code();

    String detail();

    /** True when the same notice may be sent again later with a chance of success. */
    boolean retryable();

    /**
     * The mail server could not be reached or asked to try later (a 4xx answer), the connection broke, or the
     * hotline's own settings were refused (such as its login): nothing says the recipient is wrong. Try again later;
     * a notice that was in fact delivered before the connection broke arrives again with the same message identifier.
     */
    record Temporary(String reason) implements SendFailure {
        public Temporary {
            Objects.requireNonNull(reason, "reason");
        }

        public String code() {
            return "notice.send_temporary";
        }

        public String detail() {
            return "The notice could not be sent for now: " + reason + ". It will be tried again.";
        }

        public boolean retryable() {
            return true;
        }
    }

    /**
     * The mail server refused the message for good (a 5xx answer): every address of the contact, or the message
     * itself. Sending the same notice again will fail the same way; the contact needs correcting, or the next one on
     * the escalation path is asked.
     *
     * @param refused the addresses refused; empty when the message itself was refused
     */
    record Permanent(Seq<EmailAddress> refused, String reason) implements SendFailure {
        public Permanent {
            Objects.requireNonNull(refused, "refused");
            Objects.requireNonNull(reason, "reason");
        }

        public String code() {
            return refused.isEmpty() ? "notice.message_refused" : "notice.address_refused";
        }

        public String detail() {
            return refused.isEmpty()
                    ? "The mail server refused the notice: " + reason + "."
                    : "The mail server refused " + refused.mkString(", ") + ": " + reason + ".";
        }

        public boolean retryable() {
            return false;
        }
    }

    /**
     * The notice could not be written at all: no templates in its language. Nothing was sent; the same notice fails
     * the same way until the language is added or the notice is written in another.
     */
    record Unwritable(String reason) implements SendFailure {
        public Unwritable {
            Objects.requireNonNull(reason, "reason");
        }

        public String code() {
            return "notice.unwritable";
        }

        public String detail() {
            return "The notice cannot be written: " + reason + ".";
        }

        public boolean retryable() {
            return false;
        }
    }
}
