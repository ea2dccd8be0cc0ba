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
 * report a batch cannot settle (a reused idempotency key, a case closed meanwhile, a failure) is filed by itself.
 */
final class IntakeBatcher implements AutoCloseable {

    static final int MAX_BATCH = 128;

    private final Storage storage;
    private final FileAlone fileAlone;
    private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean closed;

    private record Waiting(FilingBatch.Pending pending, CompletableFuture<Either<KeyReused, Filing>> result) {
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IntakeBatcher.class);

    private final DistributionSummary batchSizes;
    private final io.micrometer.core.instrument.Counter fallbacks;

    /** How a report is filed by itself. */
    @FunctionalInterface
    interface FileAlone {
        Either<KeyReused, Filing> file(Report report, Seq<Case> candidates, IntakeRules rules);
    }

    IntakeBatcher(Storage storage, int writerCount, FileAlone fileAlone, MeterRegistry metrics) {
        this.storage = storage;
        this.fileAlone = fileAlone;
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
            result = storage.write(handle -> {
                try {
                    return FilingBatch.file(handle.getConnection(), batch.stream().map(Waiting::pending).toList());
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException("the batch could not be filed: " + e.getMessage(), e);
                }
            });
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
        Map<Report, Filing> filed = result.filed();
        List<Waiting> alone = new ArrayList<>();
        for (Waiting waiting : batch) {
            Filing filing = filed.get(waiting.pending().report());
            if (filing != null) {
                waiting.result().complete(Either.right(filing));
            } else {
                alone.add(waiting);
            }
        }
        fileEachAlone(alone);
    }

    private void fileEachAlone(List<Waiting> waiting) {
        for (Waiting w : waiting) {
            try {
                w.result().complete(fileAlone.file(w.pending().report(), w.pending().candidates(), w.pending().rules()));
            } catch (RuntimeException e) {
                w.result().completeExceptionally(e);
            }
        }
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
