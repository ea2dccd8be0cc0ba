/**
 * The contacts of hosts: the registry of abuse contacts ({@link org.hotline.domain.hostcontacts.AbuseContacts}, kept by
 * administrators through {@link org.hotline.domain.hostcontacts.ManageContacts}, each for an AS number, an
 * organisation or a domain), the public registries asked through RDAP where it knows nobody
 * ({@link org.hotline.domain.hostcontacts.DiscoverContacts}), and the two put together into a host's
 * {@link org.hotline.domain.hostcontacts.EscalationPath} ({@link org.hotline.domain.hostcontacts.FindAbuseContacts}).
 * Apart from {@code contact} (what a contact is, which notices carry) because it knows hosting (AS numbers, domains,
 * addresses), which the notices must not.
 */
package org.hotline.domain.hostcontacts;
