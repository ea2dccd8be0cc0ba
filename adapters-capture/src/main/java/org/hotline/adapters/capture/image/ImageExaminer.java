package org.hotline.adapters.capture.image;

import java.util.Objects;

import io.vavr.control.Either;
import org.hotline.domain.capture.ContentType;
import org.hotline.domain.capture.Dimensions;
import org.hotline.domain.capture.Examination;
import org.hotline.domain.capture.ExamineImage;

/**
 * The capture's {@link ExamineImage} port: decodes and hashes a fetched picture with an {@link ImageFingerprinter}.
 * The format is sniffed again from the bytes rather than taken from the type given, which only says the bytes
 * looked like a picture; a type decoded nowhere here (TIFF, ICO, AVIF, HEIC) is refused with the reason.
 */
public final class ImageExaminer implements ExamineImage {

    private final ImageFingerprinter fingerprinter;

    public ImageExaminer(ImageLimits limits) {
        this.fingerprinter = new ImageFingerprinter(Objects.requireNonNull(limits, "limits"));
    }

    @Override
    public Either<String, Examination> examine(ContentType type, byte[] content) {
        return fingerprinter.examine(content).mapLeft(ImageFailure::detail).map(image -> new Examination(
                new Dimensions(image.width(), image.height()), image.pdq()));
    }
}
