package org.hotline.adapters.web;

import java.util.concurrent.TimeUnit;

import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Records every answered request as {@code http_server_requests_seconds}, by method, route (the route's pattern, so
 * no report identifier or reference ever becomes a label) and status, with percentiles for latency dashboards.
 */
final class RequestMetrics {

    private final MeterRegistry registry;

    RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(Context ctx, float millis) {
        Timer.builder("http.server.requests")
                .description("HTTP requests answered")
                .tag("method", ctx.method().name())
                .tag("route", route(ctx))
                .tag("status", Integer.toString(ctx.statusCode()))
                .publishPercentileHistogram()
                .register(registry)
                .record(Math.round(millis * 1000.0), TimeUnit.MICROSECONDS);
    }

    private static String route(Context ctx) {
        var endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint != null) {
            return endpoint.path;
        }
        return ctx.path().startsWith("/static/") ? "/static/*" : "unmatched";
    }
}
