package org.hotline.domain.capture;

import io.vavr.control.Either;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Decodes an image in memory and hashes it perceptually. Implemented by the image decoding of the capture adapter;
 * it checks the decoded size and pixel count before decoding (decompression bombs) and keeps nothing.
 */
@SecondaryPort
@FunctionalInterface
public interface ExamineImage {

    /**
     * The image's dimensions and PDQ hash, or why it does not decode (truncated, corrupt, too many pixels, a format
     * that is not supported).
     *
     * @param type what the bytes were sniffed to be; always an image type
     */
    Either<String, Examination> examine(ContentType type, byte[] content);
}
