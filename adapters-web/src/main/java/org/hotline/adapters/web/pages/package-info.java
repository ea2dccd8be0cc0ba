/**
 * The records that the page templates render: one per page, holding everything the page shows.
 */
package org.hotline.adapters.web.pages;
