/**
 * Decides, under the home jurisdiction's law, whether what an analyst saw at an address is illegal.
 */
package org.hotline.domain.assessment;
