/**
 * What DNS answered for a host name: CNAME chains, addresses with their time to live, name servers, and how each
 * question ended.
 */
package org.hotline.domain.hosting.dns;
