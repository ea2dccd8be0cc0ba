/**
 * Names and numbers of hosts on the internet: domain names, IPv4 and IPv6 addresses, and the host of an address.
 */
package org.hotline.domain.hosting.address;
