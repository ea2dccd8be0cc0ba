package org.hotline.domain.testing;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.hostcontacts.AbuseContacts;
import org.hotline.domain.hostcontacts.ContactId;
import org.hotline.domain.hostcontacts.ContactScope;
import org.hotline.domain.hostcontacts.RegisteredContact;

/** The contact registry in memory, one contact per scope and role as the database keeps it. */
public final class InMemoryAbuseContacts implements AbuseContacts {

    private List<RegisteredContact> entries = List.empty();

    @Override
    public synchronized Seq<RegisteredContact> all() {
        return entries.sortBy(entry -> entry.scope().kind().ordinal() + " " + entry.scope().key() + " "
                + entry.role().ordinal());
    }

    @Override
    public synchronized Option<RegisteredContact> find(ContactId id) {
        return entries.find(entry -> entry.id().equals(id));
    }

    @Override
    public synchronized Seq<RegisteredContact> ofScopes(Seq<ContactScope> scopes) {
        return all().filter(entry -> scopes.exists(scope -> sameScope(scope, entry.scope())));
    }

    @Override
    public synchronized boolean add(RegisteredContact entry) {
        if (taken(entry)) {
            return false;
        }
        entries = entries.append(entry);
        return true;
    }

    @Override
    public synchronized boolean change(RegisteredContact entry) {
        if (find(entry.id()).isEmpty() || taken(entry)) {
            return false;
        }
        entries = entries.map(kept -> kept.id().equals(entry.id()) ? entry : kept);
        return true;
    }

    @Override
    public synchronized int put(Seq<RegisteredContact> added) {
        int replaced = 0;
        for (RegisteredContact entry : added) {
            Option<RegisteredContact> same = entries.find(kept -> sameScope(kept.scope(), entry.scope())
                    && kept.role() == entry.role());
            if (same.isDefined()) {
                replaced++;
                entries = entries.replace(same.get(), new RegisteredContact(same.get().id(), entry.scope(), entry.contact()));
            } else {
                entries = entries.append(entry);
            }
        }
        return replaced;
    }

    private boolean taken(RegisteredContact entry) {
        return entries.exists(kept -> !kept.id().equals(entry.id()) && sameScope(kept.scope(), entry.scope())
                && kept.role() == entry.role());
    }

    private static boolean sameScope(ContactScope one, ContactScope other) {
        return one.kind() == other.kind() && one.key().equals(other.key());
    }
}
