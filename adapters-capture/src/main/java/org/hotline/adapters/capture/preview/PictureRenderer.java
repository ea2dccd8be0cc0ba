package org.hotline.adapters.capture.preview;

import java.util.Objects;

import io.vavr.control.Either;
import org.hotline.adapters.capture.image.ImageFailure;
import org.hotline.adapters.capture.image.ImageLimits;
import org.hotline.adapters.capture.image.ImagePreviews;
import org.hotline.adapters.capture.image.Preview;
import org.hotline.domain.capture.preview.PreviewImage;
import org.hotline.domain.capture.preview.RenderPreview;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * The domain's {@link RenderPreview} port over the image package's previews: decoded under the same limits as
 * fingerprinting (a picture announcing too many pixels is refused before any is decoded), at most
 * {@value RenderPreview#LONGEST_SIDE} pixels a side, upright, as JPEG.
 */
@SecondaryAdapter
public final class PictureRenderer implements RenderPreview {

    private final ImagePreviews previews;

    public PictureRenderer(ImageLimits limits) {
        this.previews = new ImagePreviews(Objects.requireNonNull(limits, "limits"));
        if (ImagePreviews.LONGEST_SIDE != LONGEST_SIDE) {
            throw new IllegalStateException("the image package's previews are not the size the domain expects");
        }
    }

    @Override
    public Either<String, PreviewImage> blurred(byte[] content) {
        return previews.blurred(content).bimap(ImageFailure::detail, PictureRenderer::image);
    }

    @Override
    public Either<String, PreviewImage> revealed(byte[] content) {
        return previews.revealed(content).bimap(ImageFailure::detail, PictureRenderer::image);
    }

    private static PreviewImage image(Preview preview) {
        return new PreviewImage(preview.jpeg(), preview.width(), preview.height());
    }
}
