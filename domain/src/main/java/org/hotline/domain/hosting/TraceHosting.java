package org.hotline.domain.hosting;

import io.vavr.collection.Seq;
import org.hotline.domain.hosting.address.Host;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Traces where content is hosted. A trace always completes: what could not be found is recorded as such. */
@PrimaryPort
public interface TraceHosting {

    /**
     * Traces the host of a reported page and the hosts its items are served from; a host serving both is traced
     * once, as the page's.
     */
    HostingTrace tracePage(Host page, Seq<Host> items);

    /** Traces hosts a member of staff asks about, outside any case (the whois an analyst reaches for). */
    HostingTrace lookUp(Seq<Host> hosts);
}
