/**
 * Recognises content that was classified before, from its fingerprints, so nobody has to look at it again.
 */
package org.hotline.domain.knowncontent;
