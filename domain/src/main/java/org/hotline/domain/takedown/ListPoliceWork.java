package org.hotline.domain.takedown;

import io.vavr.control.Either;
import org.hotline.domain.Rejection;
import org.hotline.domain.staff.Acting;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The police liaison's list: takedowns waiting on the police or the judiciary, and the police holds. */
@PrimaryPort
public interface ListPoliceWork {

    /** Police liaisons and supervisors. */
    Either<Rejection<TakedownRefusal>, PoliceWork> policeWork(Acting viewer);
}
