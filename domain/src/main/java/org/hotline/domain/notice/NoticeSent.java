package org.hotline.domain.notice;

import java.util.Objects;

import io.vavr.collection.Seq;
import org.hotline.domain.contact.EmailAddress;

/**
 * A notice the mail server accepted: the message identifier it went out with, the addresses it was accepted for and
 * those the server refused while accepting the others (to be corrected in the contact).
 */
public record NoticeSent(NoticeReference reference, String messageId, Seq<EmailAddress> accepted,
        Seq<EmailAddress> refused) {

    public NoticeSent {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(accepted, "accepted");
        Objects.requireNonNull(refused, "refused");
        if (accepted.isEmpty()) {
            throw new IllegalArgumentException("a notice sent was accepted for at least one address: " + reference);
        }
    }
}
