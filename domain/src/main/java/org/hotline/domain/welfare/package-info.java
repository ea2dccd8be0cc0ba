/**
 * Looks after analysts: counts their exposure to harmful content and enforces limits and breaks.
 */
package org.hotline.domain.welfare;
