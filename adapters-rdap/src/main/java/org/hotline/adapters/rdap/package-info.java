/**
 * Finds abuse contacts through RDAP (RFC 9082, 9083): {@link org.hotline.adapters.rdap.Bootstrap} reads IANA's
 * bootstrap files (RFC 9224: {@code ipv4.json}, {@code ipv6.json}, {@code asn.json}, {@code dns.json}) from a
 * directory or an address, which say which registry's RDAP server answers for an address, an autonomous system or a
 * top-level domain; {@link org.hotline.adapters.rdap.RdapDirectory} asks that server and reads the abuse contact from
 * its answer ({@link org.hotline.adapters.rdap.RdapAnswer}: the e-mail address in the vCard of the entity with the
 * role {@code abuse}, nested in others or not). {@link org.hotline.adapters.rdap.RdapSettings} reads the
 * {@code HOTLINE_RDAP_*} settings.
 */
@SecondaryAdapter
package org.hotline.adapters.rdap;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
