/**
 * Abuse contacts: who is asked to remove content. An {@link org.hotline.domain.contact.AbuseContact} is a name, one or
 * more e-mail addresses, the {@link org.hotline.domain.contact.ContactRole role} it plays for the content (hosting
 * provider, site owner, registrar: the order of the escalation path) and the
 * {@link org.hotline.domain.contact.ContactSource source} it was learnt from, with the time. The registry, RDAP and the
 * escalation path are in {@code org.hotline.domain.hostcontacts}.
 */
package org.hotline.domain.contact;
