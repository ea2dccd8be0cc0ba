/**
 * Fingerprints of content: cryptographic digests and perceptual hashes (PDQ), computed in memory and kept instead of
 * the content itself.
 */
package org.hotline.domain.fingerprint;
