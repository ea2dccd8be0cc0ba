package org.hotline.domain.exchange;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A status of a referral, as the hotline that says it wrote it: the receiving hotline's (received, assessed, notice
 * sent, removed, moved with the new country, not illegal here) or the sender's (withdrawn), with a note of at most
 * {@value #MAX_NOTE} characters.
 */
@ValueObject
public record StatusReport(UUID messageId, ReferralId referral, ReferralStatus status, Instant at, String note,
        Option<CountryCode> movedTo) implements ExchangeMessage {

    public static final int MAX_NOTE = 2000;

    public StatusReport {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(referral, "referral");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(movedTo, "movedTo");
        Referral.text(note, "note", MAX_NOTE);
        if ((status == ReferralStatus.MOVED) != movedTo.isDefined()) {
            throw new IllegalArgumentException("movedTo: names the new country of a moved referral, and only of one");
        }
    }

    /** The status in words for people: {@code moved (to NL): ...}. */
    public String describe() {
        return status.code() + movedTo.map(country -> " (to " + country + ")").getOrElse("")
                + (note.isEmpty() ? "" : ": " + note);
    }
}
