package org.hotline.adapters.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.hotline.domain.Unavailable;
import org.hotline.domain.report.Case;
import org.hotline.domain.report.Filing;
import org.hotline.domain.report.IntakeRules;
import org.hotline.domain.report.Report;
import org.hotline.domain.report.Reports.KeyReused;

/**
 * Group commit for report intake. Request threads hand their report to a writer and wait; each writer takes every
 * report waiting (up to a batch's size) and files them in one transaction, so that a burst of reports costs a few
 * statements and one commit instead of several statements and a commit each. A caller returns only once its report's
 * transaction has committed: batching changes the cost of durability, not its promise.
 *
 * <p>Under light load a batch is one report and nothing waits for company: there is no timer, only the queue. A
 * report a batch hands back (its idempotency key repeated in the batch), and every report of a batch that failed (a
 * case closed meanwhile, a failure), is filed again by itself: a batch of one, through the same {@link FilingBatch}.
 */
final class IntakeBatcher implements AutoCloseable {

    static final int MAX_BATCH = 128;

    /** How often a report filed by itself is tried again when a case it met was closed meanwhile. */
    private static final int ATTEMPTS_ALONE = 5;

    private final Storage storage;
    private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean closed;

    private record Waiting(FilingBatch.Pending pending, CompletableFuture<Either<KeyReused, Filing>> result) {
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IntakeBatcher.class);

    private final DistributionSummary batchSizes;
    private final io.micrometer.core.instrument.Counter fallbacks;

    IntakeBatcher(Storage storage, int writerCount, MeterRegistry metrics) {
        this.storage = storage;
        MeterRegistry registry = metrics == null ? new io.micrometer.core.instrument.simple.SimpleMeterRegistry() : metrics;
        this.batchSizes = DistributionSummary.builder("hotline.intake.batch.size")
                .description("Reports filed per transaction by the intake writers").baseUnit("reports").register(registry);
        this.fallbacks = io.micrometer.core.instrument.Counter.builder("hotline.intake.batch.fallbacks")
                .description("Batches undone and filed report by report").register(registry);
        Gauge.builder("hotline.intake.waiting", queue, BlockingQueue::size)
                .description("Reports waiting for an intake writer").register(registry);
        for (int i = 0; i < writerCount; i++) {
            Thread writer = new Thread(this::write, "intake-writer-" + i);
            writer.setDaemon(true);
            writer.start();
            writers.add(writer);
        }
    }

    Either<KeyReused, Filing> file(Report report, Seq<Case> candidates, IntakeRules rules) {
        if (closed) {
            throw new Unavailable("the database is closing", null);
        }
        var waiting = new Waiting(new FilingBatch.Pending(report, candidates, rules), new CompletableFuture<>());
        queue.add(waiting);
        try {
            return waiting.result().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void write() {
        List<Waiting> batch = new ArrayList<>(MAX_BATCH);
        while (!closed || !queue.isEmpty()) {
            try {
                Waiting first = queue.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                fileBatch(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error unexpected) {
                batch.forEach(w -> w.result().completeExceptionally(unexpected));
            } finally {
                batch.clear();
            }
        }
    }

    private void fileBatch(List<Waiting> batch) {
        batchSizes.record(batch.size());
        FilingBatch.Result result;
        try {
            result = fileInOneTransaction(storage, batch.stream().map(Waiting::pending).toList());
        } catch (RuntimeException failed) {
            // Nothing of the batch was kept; each report is filed by itself, so one bad report fails only its sender.
            fallbacks.increment();
            if (!(failed instanceof FilingBatch.CaseClosedMeanwhile)) {
                LOG.atWarn().setCause(failed).addKeyValue("reports", batch.size())
                        .log("a batch of reports could not be filed together; filing them one by one");
            }
            fileEachAlone(batch);
            return;
        }
        Map<Report, Either<KeyReused, Filing>> settled = result.settled();
        List<Waiting> alone = new ArrayList<>();
        for (Waiting waiting : batch) {
            Either<KeyReused, Filing> outcome = settled.get(waiting.pending().report());
            if (outcome != null) {
                waiting.result().complete(outcome);
            } else {
                alone.add(waiting);
            }
        }
        fileEachAlone(alone);
    }

    private void fileEachAlone(List<Waiting> waiting) {
        for (Waiting w : waiting) {
            try {
                w.result().complete(fileAlone(storage, w.pending()));
            } catch (RuntimeException e) {
                w.result().completeExceptionally(e);
            }
        }
    }

    /**
     * Files one report as a batch of one, in a transaction of its own or in the unit of work on this thread. Where a
     * case it met was closed meanwhile it is tried again from the start, a few times, outside a unit of work.
     */
    static Either<KeyReused, Filing> fileAlone(Storage storage, FilingBatch.Pending pending) {
        for (int attempt = 1; ; attempt++) {
            try {
                FilingBatch.Result result = fileInOneTransaction(storage, List.of(pending));
                return result.settled().get(pending.report());
            } catch (FilingBatch.CaseClosedMeanwhile closed) {
                if (attempt == ATTEMPTS_ALONE || storage.inUnitOfWork()) {
                    throw closed;
                }
            }
        }
    }

    private static FilingBatch.Result fileInOneTransaction(Storage storage, List<FilingBatch.Pending> batch) {
        return storage.write(handle -> {
            try {
                return FilingBatch.file(handle, batch);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("the batch could not be filed: " + e.getMessage(), e);
            }
        });
    }

    /** Files what is waiting, then stops the writers. */
    @Override
    public void close() {
        closed = true;
        for (Thread writer : writers) {
            try {
                writer.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        Waiting left;
        while ((left = queue.poll()) != null) {
            left.result().completeExceptionally(new Unavailable("the database closed before the report was filed", null));
        }
    }
}
