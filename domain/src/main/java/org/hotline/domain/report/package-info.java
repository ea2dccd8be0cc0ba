/**
 * Receives reports from the public and from partners, and folds reports of the same address into one case.
 */
package org.hotline.domain.report;
