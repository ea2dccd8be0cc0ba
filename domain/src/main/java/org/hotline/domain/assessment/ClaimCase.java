package org.hotline.domain.assessment;

import io.vavr.control.Either;
import org.hotline.domain.Rejection;
import org.hotline.domain.report.Case;
import org.hotline.domain.staff.Acting;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Hands cases to analysts: the next one from the queue, or one they chose; and takes them back. A claim runs for a
 * while (see {@link org.hotline.domain.report.ClaimSettings}); others see the case is taken until it runs out.
 */
@PrimaryPort
public interface ClaimCase {

    /** Claims the case first in the queue (by priority, then age) that nobody else holds. */
    Either<Rejection<ClaimRefusal>, Case.Claimed> claimNext(Acting analyst);

    /** Claims the case the analyst chose. */
    Either<Rejection<ClaimRefusal>, Case.Claimed> claim(Acting analyst, String caseId);

    /** Gives a claimed case back to the queue without assessing it. */
    Either<Rejection<ClaimRefusal>, Case.ClaimReleased> release(Acting analyst, String caseId);
}
