package org.hotline.domain.capture.preview;

import io.vavr.control.Either;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Makes previews of a picture held in memory, at most {@value #LONGEST_SIDE} pixels a side, upright: blurred and in
 * greyscale, or (revealed) in colour and sharp. Decoding is bounded as for fingerprinting (the pixel count is checked
 * before any pixel is decoded).
 */
@SecondaryPort
public interface RenderPreview {

    /** The longest side of a preview, in pixels. */
    int LONGEST_SIDE = 480;

    /** The picture in greyscale and blurred, or why it could not be made. */
    Either<String, PreviewImage> blurred(byte[] content);

    /** The picture in colour and sharp, or why it could not be made. */
    Either<String, PreviewImage> revealed(byte[] content);
}
