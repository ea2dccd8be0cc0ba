package org.hotline.domain.throttle;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Holds the public to the rate limit of reports, per client address, so that one client cannot crowd out the rest. */
@PrimaryPort
public interface ThrottleReports {

    /** Lets one more report of this client through, or says how long it must wait. */
    Admission admit(String client);
}
