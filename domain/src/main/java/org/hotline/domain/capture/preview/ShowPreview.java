package org.hotline.domain.capture.preview;

import io.vavr.control.Either;
import org.hotline.domain.Rejection;
import org.hotline.domain.staff.Acting;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Previews of a case's captured images, for the staff who may see the case. */
@PrimaryPort
public interface ShowPreview {

    /** The item's preview, greyscale and blurred; or why there is none. */
    Either<Rejection<PreviewRefusal>, PreviewImage> blurred(Acting viewer, String caseId, String itemId);

    /** The item's preview in colour and sharp, counted as the viewer's exposure and audited; or why there is none. */
    Either<Rejection<PreviewRefusal>, Revealed> reveal(Acting viewer, String caseId, String itemId);

    /** A revealed preview, and how many the viewer revealed today, this one included. */
    record Revealed(PreviewImage preview, int revealsToday) {
    }
}
