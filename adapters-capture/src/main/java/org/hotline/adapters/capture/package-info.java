/**
 * Capture: fetches what is at a reported address (guarded against reaching private networks), parses the page for its
 * items, decodes images and fingerprints them, all in memory.
 */
@SecondaryAdapter
package org.hotline.adapters.capture;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
