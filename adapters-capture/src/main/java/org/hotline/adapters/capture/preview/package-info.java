/**
 * Previews of captured pictures for the case page, made in memory: the picture decoded under the image limits,
 * scaled down and blurred in greyscale (or, revealed, as it is), encoded as a JPEG, sent and let go; and a short-lived,
 * bounded cache of the previews made, in memory only.
 */
package org.hotline.adapters.capture.preview;
