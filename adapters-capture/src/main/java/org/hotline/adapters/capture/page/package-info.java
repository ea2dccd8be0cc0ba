/**
 * Pages: parsing a fetched page with jsoup for the images and videos it shows or links to, and capturing a page with
 * all its items through the guarded fetcher, measuring each in memory.
 */
package org.hotline.adapters.capture.page;
