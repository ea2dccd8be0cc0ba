/**
 * The guarded fetcher: HTTP/1.1 over sockets it opens itself, to network addresses it has checked are public (or
 * allowed), directly or through the configured proxy, with every read bounded in size and time. Content is held in
 * memory only and never logged.
 */
package org.hotline.adapters.capture.fetch;
