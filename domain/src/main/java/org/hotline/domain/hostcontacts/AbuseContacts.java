package org.hotline.domain.hostcontacts;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/**
 * The contact registry: for each scope (autonomous system, organisation, domain) at most one contact per role. Staff
 * enter, change and import entries; contacts found through RDAP are kept here too, marked so, until staff replace
 * them.
 */
@SecondaryPort
@Repository
public interface AbuseContacts {

    /** Every entry, by scope kind, scope and role. */
    Seq<RegisteredContact> all();

    Option<RegisteredContact> find(ContactId id);

    /** The entries of any of these scopes. */
    Seq<RegisteredContact> ofScopes(Seq<ContactScope> scopes);

    /** Adds an entry; false (nothing added) when its scope has a contact in its role already. */
    boolean add(RegisteredContact entry);

    /** Replaces an entry by its identifier; false when there is none, or its new scope and role are taken by another. */
    boolean change(RegisteredContact entry);

    /**
     * Puts each entry in: a new one for a scope and role without a contact, else it replaces the contact (keeping the
     * entry's identifier). Answers how many entries replaced one. Staff's import uses it, in one unit of work.
     */
    int put(Seq<RegisteredContact> entries);
}
