/**
 * The figures a hotline publishes over a period of days: reports received, what their cases were found to be,
 * referrals across the network by country, and the time from report to removal.
 */
package org.hotline.domain.statistics;
