package org.hotline.application;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.vavr.collection.Seq;
import org.hotline.domain.capture.job.CaptureWork;
import org.hotline.domain.capture.job.LeasedJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The capture workers of this instance: a bounded pool of threads, and a poller that, every {@link #POLL}, leases as
 * many due jobs as there are idle threads and hands each to one of them, which captures it through {@link CaptureWork}
 * and keeps the outcome. Several instances on one database each run their own pool; the lease ({@code FOR UPDATE SKIP
 * LOCKED}) gives every job to one worker at a time. Jobs are leased under this instance's name, so that what another
 * instance reports about a job it no longer holds is not kept.
 *
 * <p>At a stop, no more jobs are leased; captures under way get {@link #STOP_WAIT} to finish, and those that do not are
 * given back, due at once, for a running instance to take. Nothing is logged of what a capture fetched: the log names
 * the job, the case and the outcome.
 */
final class CaptureWorkers implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CaptureWorkers.class);

    /** How often the poller looks for due jobs. */
    static final Duration POLL = Duration.ofSeconds(2);
    /** How long a stop waits for the captures under way. */
    static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final CaptureWork work;
    private final String name;
    private final Semaphore idle;
    private final ExecutorService pool;
    private final ScheduledExecutorService poller;
    private final Set<LeasedJob> running = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    private CaptureWorkers(CaptureWork work, int size) {
        this.work = Objects.requireNonNull(work, "work");
        this.name = "hotline-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
        this.idle = new Semaphore(size);
        this.pool = Executors.newFixedThreadPool(size, daemons("capture-worker-"));
        this.poller = Executors.newSingleThreadScheduledExecutor(daemons("capture-poller-"));
    }

    /** Starts {@code size} workers (at least one) polling every {@code poll}. */
    static CaptureWorkers start(CaptureWork work, int size, Duration poll) {
        if (size < 1) {
            throw new IllegalArgumentException("a pool has at least one worker");
        }
        CaptureWorkers workers = new CaptureWorkers(work, size);
        workers.poller.scheduleWithFixedDelay(workers::poll, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
        LOG.atInfo().addKeyValue("workers", size).addKeyValue("name", workers.name).log("capture workers started");
        return workers;
    }

    /** The name this instance leases jobs under. */
    String name() {
        return name;
    }

    /** Leases as many due jobs as there are idle workers and starts them; a database that does not answer waits a poll. */
    void poll() {
        int free = idle.availablePermits();
        if (stopping || free == 0) {
            return;
        }
        Seq<LeasedJob> leased;
        try {
            leased = work.lease(name, free);
        } catch (RuntimeException e) {
            LOG.atWarn().addKeyValue("cause", e.getMessage()).log("capture jobs could not be leased this time");
            return;
        }
        for (LeasedJob job : leased) {
            idle.acquireUninterruptibly();
            running.add(job);
            pool.execute(() -> run(job));
        }
    }

    private void run(LeasedJob job) {
        try {
            CaptureWork.Ran ran = work.run(name, job);
            var line = LOG.atInfo().addKeyValue("job", job.id()).addKeyValue("case", job.caseId())
                    .addKeyValue("attempt", job.attempt()).addKeyValue("outcome", ran.outcome());
            ran.why().forEach(why -> line.addKeyValue("reason", why.code()));
            ran.error().forEach(line::setCause);
            line.log("capture ran");
        } catch (RuntimeException e) {
            LOG.atWarn().addKeyValue("job", job.id()).addKeyValue("cause", e.getMessage())
                    .log("the outcome of a capture could not be kept; the job is taken again once its lease runs out");
        } finally {
            running.remove(job);
            idle.release();
        }
    }

    /**
     * Stops leasing, waits up to {@link #STOP_WAIT} for the captures under way, and gives back those still running,
     * due at once. Called before the database closes.
     */
    @Override
    public void close() {
        stopping = true;
        poller.shutdownNow();
        pool.shutdown();
        try {
            if (pool.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (LeasedJob job : running) {
            giveBack(job);
        }
        pool.shutdownNow();
    }

    private void giveBack(LeasedJob job) {
        try {
            if (work.giveBack(name, job)) {
                LOG.atInfo().addKeyValue("job", job.id()).log("a capture under way at the stop was given back");
            }
        } catch (RuntimeException e) {
            LOG.atWarn().addKeyValue("job", job.id()).addKeyValue("cause", e.getMessage())
                    .log("a capture under way could not be given back; it is taken again once its lease runs out");
        }
    }

    private static java.util.concurrent.ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
