package org.hotline.domain.hosting;

import io.vavr.control.Either;
import org.hotline.domain.report.ReportedUrl;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Traces where the content at an address is hosted (name resolution, network owner, hosting provider, country;
 * content-delivery networks seen through). Filled in by the hosting-trace work.
 */
@SecondaryPort
public interface HostingLocator {

    Either<String, HostingTrace> trace(ReportedUrl url);
}
