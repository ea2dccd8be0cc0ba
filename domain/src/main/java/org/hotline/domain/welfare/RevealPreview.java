package org.hotline.domain.welfare;

import java.time.Instant;

import io.vavr.control.Either;
import org.hotline.domain.Rejection;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.staff.StaffId;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Counts the deliberate reveal of a preview: previews start blurred and greyscale, and showing one as it is goes into
 * the analyst's exposure log and the audit trail. Called once the preview is made, just before it is shown.
 */
@PrimaryPort
public interface RevealPreview {

    /**
     * Records that the viewer revealed a preview of the case's material.
     *
     * @param what what was revealed, as {@code type:id} (such as {@code item:3f1c...}), for the audit trail
     */
    Either<Rejection<WelfareRefusal>, PreviewRevealed> reveal(Acting viewer, String caseId, String what);

    /** A preview of a case's material was revealed; {@code revealsToday} counts this one. */
    record PreviewRevealed(StaffId analyst, CaseId caseId, Instant at, int revealsToday)
            implements org.jmolecules.event.types.DomainEvent {
    }
}
