package org.hotline.domain.notice;

import java.time.Instant;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The notice a reminder or an escalation follows: its reference, when it was sent and to whom, so that the new
 * notice can say that the content is still there after it.
 *
 * @param recipient the name of the contact it went to
 */
@ValueObject
public record PriorNotice(NoticeReference reference, Instant sent, String recipient) {

    public PriorNotice {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(sent, "sent");
        Objects.requireNonNull(recipient, "recipient");
    }
}
