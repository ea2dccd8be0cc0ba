/**
 * Receives reports from the public and from partners, folds reports of the same address into one case, and carries
 * each case through the queue, claims and assessment to what follows.
 */
package org.hotline.domain.report;
