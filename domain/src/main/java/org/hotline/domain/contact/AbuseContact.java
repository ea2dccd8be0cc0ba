package org.hotline.domain.contact;

import java.util.Objects;

import io.vavr.collection.Seq;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Someone who can be asked to remove content: a name, the e-mail addresses a notice goes to (all of them at once),
 * the part the contact plays for the content and where it was learnt.
 *
 * @param name the organisation or person, as a notice greets them, such as {@code Example Hosting Ltd}
 * @param emails the addresses a notice is sent to; at least one, none twice
 */
@ValueObject
public record AbuseContact(String name, Seq<EmailAddress> emails, ContactRole role, ContactSource source) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_EMAILS = 10;

    public AbuseContact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(emails, "emails");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(source, "source");
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH || name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a contact's name is 1 to " + MAX_NAME_LENGTH + " characters on one line");
        }
        if (emails.isEmpty() || emails.size() > MAX_EMAILS) {
            throw new IllegalArgumentException("a contact has 1 to " + MAX_EMAILS + " e-mail addresses: " + name);
        }
        if (emails.distinct().size() != emails.size()) {
            throw new IllegalArgumentException("a contact lists each e-mail address once: " + name);
        }
    }

    /** The same contact, learnt anew from another source. */
    public AbuseContact from(ContactSource newSource) {
        return new AbuseContact(name, emails, role, newSource);
    }
}
