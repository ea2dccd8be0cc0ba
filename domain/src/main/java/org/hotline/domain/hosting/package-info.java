/**
 * Finds out where content is hosted: every address a page and its items are served from, with the country,
 * network and operator the public data gives for it, kept as evidence for the analyst's decision.
 */
package org.hotline.domain.hosting;
