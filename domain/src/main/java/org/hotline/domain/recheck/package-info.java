/**
 * Re-checks of running takedowns: the reported address fetched again on a schedule through the capture fetcher, and
 * what was found (gone, changed, moved, still there, or not reachable), each kept.
 */
package org.hotline.domain.recheck;
