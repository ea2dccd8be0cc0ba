package org.hotline.domain.hostcontacts;

import org.hotline.domain.contact.AbuseContact;
import org.hotline.domain.contact.ContactRole;
import org.hotline.domain.contact.ContactSource;
import java.util.Objects;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * One entry of the contact registry: the contact a scope (an autonomous system, an organisation, a domain) has in one
 * role. A scope has at most one contact per role.
 */
@AggregateRoot
public record RegisteredContact(@Identity ContactId id, ContactScope scope, AbuseContact contact) {

    public RegisteredContact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(contact, "contact");
    }

    public ContactRole role() {
        return contact.role();
    }

    /** Whether staff gave this entry (entered or imported it), so that a registry lookup must not replace it. */
    public boolean givenByStaff() {
        return !(contact.source() instanceof ContactSource.Rdap);
    }
}
