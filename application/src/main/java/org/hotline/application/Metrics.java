package org.hotline.application;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.hotline.adapters.persistence.Database;
import org.hotline.domain.report.FindOpenCases;
import org.hotline.domain.staff.ManageStaff;
import org.hotline.domain.welfare.ShowWorkload;

/** The metrics the program exposes on {@code /metrics}, besides the request metrics the web records. */
final class Metrics {

    private Metrics() {
    }

    static PrometheusMeterRegistry registry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return registry;
    }

    static void bind(PrometheusMeterRegistry registry, Database database, FindOpenCases openCases, ShowWorkload workload,
            ManageStaff staff) {
        Gauge.builder("hotline.database.ready", database, db -> db.ready() ? 1 : 0)
                .description("1 when the database answers and its schema is current").register(registry);
        Gauge.builder("hotline.cases.open", openCases, Metrics::countOpen)
                .description("Cases not yet closed: the analyst queue and the work after it").register(registry);
        Gauge.builder("hotline.welfare.limits.reached", workload, w -> unlessUnavailable(w::limitsReachedToday))
                .description("Analysts who reached the daily limit of assessment time today, lifted or not").register(registry);
        Gauge.builder("hotline.staff.locked", staff, s -> unlessUnavailable(() -> s.lockedOut().size()))
                .description("Accounts locked now after wrong passwords from browsers they were never signed in from")
                .register(registry);
    }

    private static double countOpen(FindOpenCases openCases) {
        return unlessUnavailable(openCases::countOpen);
    }

    /** The count, or not-a-number while the database cannot say. */
    private static double unlessUnavailable(java.util.function.LongSupplier count) {
        try {
            return count.getAsLong();
        } catch (RuntimeException unavailable) {
            return Double.NaN;
        }
    }
}
