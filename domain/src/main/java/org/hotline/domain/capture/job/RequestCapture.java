package org.hotline.domain.capture.job;

import io.vavr.control.Either;
import org.hotline.domain.Rejection;
import org.hotline.domain.staff.Acting;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** An analyst or supervisor asks for the case's address to be captured again ("capture again"); audited. */
@PrimaryPort
public interface RequestCapture {

    /** The new job, pending; or why not (no such case, a capture already waiting, a role that may not). */
    Either<Rejection<CaptureRefusal>, CaptureJob> captureAgain(Acting who, String caseId);
}
