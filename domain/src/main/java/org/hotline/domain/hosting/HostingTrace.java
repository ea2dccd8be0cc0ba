package org.hotline.domain.hosting;

import java.util.Objects;

import io.vavr.control.Option;
import org.hotline.domain.CountryCode;

/** Where an address was found to be hosted. */
public record HostingTrace(String ipAddress, Option<String> provider, CountryCode country) {

    public HostingTrace {
        Objects.requireNonNull(ipAddress, "ipAddress");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(country, "country");
    }
}
