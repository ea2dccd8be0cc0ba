package org.hotline.adapters.web;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * What the web needs to be operated: whether the program is ready to serve, where to record metrics, how to write
 * them out for Prometheus, and the token a remote scraper must present.
 *
 * @param ready true when everything the program needs (its database) answers
 * @param metrics where request metrics are recorded
 * @param scrape the metrics in Prometheus' text format
 * @param metricsToken when present, a scraper on another machine presents it as {@code Authorization: Bearer ...};
 *                     without it, metrics are for this machine only
 */
public record Operations(BooleanSupplier ready, MeterRegistry metrics, Supplier<String> scrape,
        Optional<String> metricsToken) {

    public Operations {
        Objects.requireNonNull(ready, "ready");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(scrape, "scrape");
        Objects.requireNonNull(metricsToken, "metricsToken");
    }
}
