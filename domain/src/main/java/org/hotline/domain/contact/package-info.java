/**
 * Abuse contacts: who is asked to remove content, found in the hotline's own registry or through RDAP, and the order
 * in which they are asked when the one before does not act.
 *
 * <p>An {@link org.hotline.domain.contact.AbuseContact} is a name, one or more e-mail addresses, the
 * {@link org.hotline.domain.contact.ContactRole role} it plays for the content (hosting provider, site owner,
 * registrar) and the {@link org.hotline.domain.contact.ContactSource source} it was learnt from, with the time. The
 * registry ({@link org.hotline.domain.contact.AbuseContacts}) holds contacts staff entered or imported, each for an
 * autonomous system, a network or a domain; {@link org.hotline.domain.contact.DiscoverContacts} asks the public
 * registries (RDAP) where the registry knows nobody. {@link org.hotline.domain.contact.FindAbuseContacts} puts the two
 * together, and the {@link org.hotline.domain.contact.EscalationPath} says, from the notices sent so far and the time,
 * whom to notify next.
 */
package org.hotline.domain.contact;
