package org.hotline.domain.knowncontent;

import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Hash lists of content classified before (cryptographic hashes and perceptual hashes such as PDQ), so that known
 * material is recognised automatically. Filled in by the known-content work.
 */
@SecondaryPort
public interface KnownContent {

    /** The earlier classification of content with this fingerprint, if it is known. */
    Option<String> classificationOf(String algorithm, String fingerprint);
}
