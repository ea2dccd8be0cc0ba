package org.hotline.domain.welfare;

import org.hotline.domain.staff.Acting;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Tells an analyst where they stand today: time in assessment, the limit, and whether a break is due. */
@PrimaryPort
public interface CheckWelfare {

    WelfareStatus status(Acting analyst);
}
