package org.hotline.adapters.capture.fetch;

import java.time.Duration;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.capture.AddressRange;
import org.hotline.domain.capture.CaptureProxy;
import org.hotline.domain.capture.CaptureSettings;
import org.hotline.domain.report.ReportedUrl;

/** Settings and addresses the fetcher tests share: short limits, and only the allowances a test names. */
public final class Fixtures {

    private Fixtures() {
    }

    public static CaptureSettings settings(String... allowed) {
        return settings(Option.none(), allowed);
    }

    public static CaptureSettings settings(Option<CaptureProxy> proxy, String... allowed) {
        return new CaptureSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(10), 1024 * 1024,
                4 * 1024 * 1024, 5, 50, "HotlineTest/1.0", proxy, List.of(allowed).map(AddressRange::of));
    }

    public static CaptureSettings withTimes(CaptureSettings settings, Duration read, Duration total) {
        return new CaptureSettings(settings.connectTimeout(), read, total, settings.maxPageBytes(),
                settings.maxItemBytes(), settings.maxRedirects(), settings.maxItems(), settings.userAgent(),
                settings.proxy(), settings.allow());
    }

    public static CaptureSettings withSizes(CaptureSettings settings, long page, long item, int items) {
        return new CaptureSettings(settings.connectTimeout(), settings.readTimeout(), settings.totalTime(), page, item,
                settings.maxRedirects(), items, settings.userAgent(), settings.proxy(), settings.allow());
    }

    public static ReportedUrl url(String text) {
        return ReportedUrl.parse(text).getOrElseThrow(error -> new IllegalArgumentException(error.detail()));
    }

    public static GuardedFetcher fetcher(CaptureSettings settings, NameResolver names) {
        return new GuardedFetcher(settings, names, (javax.net.ssl.SSLSocketFactory) javax.net.ssl.SSLSocketFactory.getDefault());
    }
}
