package org.hotline.domain.hostcontacts;

import org.hotline.domain.contact.AbuseContact;
import org.hotline.domain.contact.ContactRole;
import java.util.Objects;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Whom to ask, in order, to remove one piece of content: at most one contact per role, the hosting provider first,
 * then the site owner, then the registrar (as SCARt escalates). A role nobody was found for is skipped.
 */
@ValueObject
public record EscalationPath(Seq<AbuseContact> contacts) {

    public EscalationPath {
        Objects.requireNonNull(contacts, "contacts");
        contacts = contacts.sortBy(contact -> contact.role().ordinal());
        if (contacts.map(AbuseContact::role).distinct().size() != contacts.size()) {
            throw new IllegalArgumentException("an escalation path has one contact per role");
        }
    }

    /** The contact asked first, if anyone was found. */
    public Option<AbuseContact> first() {
        return contacts.headOption();
    }

    /** The contact asked after the one in {@code role}, if there is one further along. */
    public Option<AbuseContact> after(ContactRole role) {
        return contacts.find(contact -> contact.role().ordinal() > role.ordinal());
    }

    public boolean isEmpty() {
        return contacts.isEmpty();
    }
}
