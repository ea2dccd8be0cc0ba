/**
 * Limits how often a client may do something (file a report, fail a sign-in), with token buckets that every instance
 * of the program shares.
 */
package org.hotline.domain.throttle;
