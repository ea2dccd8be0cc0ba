package org.hotline.domain.capture.preview;

import io.vavr.control.Either;
import org.hotline.domain.Rejection;
import org.hotline.domain.staff.Acting;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Previews of a case's captured images, for the staff who may see the case. */
@PrimaryPort
public interface ShowPreview {

    /** The item names no item of the case. */
    String UNKNOWN_ITEM = "preview.unknown_item";
    /** The item is not an image that was measured (a video, or an image that did not decode). */
    String NOT_AN_IMAGE = "preview.not_an_image";
    /** The content at the item's address is not what was captured. */
    String CHANGED = "preview.changed";
    /** The item could not be fetched again. */
    String UNAVAILABLE = "preview.unavailable";
    /** The content fetched again would not decode. */
    String UNDECODABLE = "preview.undecodable";

    /** The item's preview, greyscale and blurred; or why there is none. */
    Either<Rejection, PreviewImage> blurred(Acting viewer, String caseId, String itemId);

    /** The item's preview in colour and sharp, counted as the viewer's exposure and audited; or why there is none. */
    Either<Rejection, Revealed> reveal(Acting viewer, String caseId, String itemId);

    /** A revealed preview, and how many the viewer revealed today, this one included. */
    record Revealed(PreviewImage preview, int revealsToday) {
    }
}
