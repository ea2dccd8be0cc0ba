/**
 * Previews of captured images under the welfare rule. Nothing of an item is kept, so a preview is made on request:
 * the item is fetched again through the same guarded fetcher, its SHA-256 compared with the one recorded (a preview
 * of something else is never shown: "changed since capture"), and it is scaled down, in greyscale and blurred. Revealing
 * it (in colour, sharp) is a deliberate act, counted in the viewer's exposure log and the audit trail.
 */
package org.hotline.domain.capture.preview;
