package org.hotline.adapters.trace.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.hosting.address.DomainName;
import org.hotline.domain.hosting.dns.DnsAnswer;
import org.hotline.domain.hosting.dns.DnsOutcome;
import org.hotline.domain.hosting.dns.NameResolver;
import org.hotline.domain.hosting.dns.NameServers;
import org.hotline.domain.hosting.dns.RecordType;
import org.hotline.domain.hosting.dns.Resolution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves host names with dnsjava, asking the configured resolvers, several names at a time. Each name gets at most
 * the host timeout; whatever happens, every name is answered with an outcome and the call returns.
 */
public final class DnsjavaResolver implements NameResolver, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DnsjavaResolver.class);
    /** Extra time allowed past a host's timeout before its worker is given up on. */
    private static final long GRACE_MILLIS = 2_000;

    private final DnsSettings settings;
    private final ExecutorService workers;

    public DnsjavaResolver(DnsSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(settings.parallelism(), task -> {
            Thread thread = new Thread(task, "dns-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public DnsSettings settings() {
        return settings;
    }

    @Override
    public Seq<Resolution> resolve(Seq<DomainName> names) {
        List<Future<Resolution>> pending = new ArrayList<>();
        for (DomainName name : names) {
            pending.add(workers.submit(() -> resolveOne(name)));
        }
        long waitUntil = System.nanoTime() + settings.hostTimeout().toNanos() * ((names.size() + settings.parallelism() - 1)
                / settings.parallelism()) + TimeUnit.MILLISECONDS.toNanos(GRACE_MILLIS);
        List<Resolution> resolutions = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            resolutions.add(collect(names.get(i), pending.get(i), waitUntil));
        }
        return io.vavr.collection.List.ofAll(resolutions);
    }

    private Resolution resolveOne(DomainName name) {
        try {
            return new HostLookup(settings).resolve(name);
        } catch (RuntimeException e) {
            LOG.atWarn().setCause(e).addKeyValue("host", name).log("resolving a host name failed unexpectedly");
            return failed(name, new DnsOutcome.Failed("unexpected error: " + Questioner.printable(String.valueOf(e))));
        }
    }

    private static Resolution collect(DomainName name, Future<Resolution> pending, long waitUntil) {
        try {
            return pending.get(Math.max(0, waitUntil - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            return failed(name, new DnsOutcome.TimedOut());
        } catch (ExecutionException e) {
            return failed(name, new DnsOutcome.Failed("unexpected error: " + Questioner.printable(String.valueOf(e.getCause()))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending.cancel(true);
            return failed(name, new DnsOutcome.Failed("interrupted"));
        }
    }

    private static Resolution failed(DomainName name, DnsOutcome outcome) {
        var none = io.vavr.collection.List.<org.hotline.domain.hosting.dns.CnameRecord>empty();
        return new Resolution(name, DnsAnswer.without(RecordType.A, Option.none(), none, outcome),
                DnsAnswer.without(RecordType.AAAA, Option.none(), none, outcome), NameServers.none(Option.none(), outcome));
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
