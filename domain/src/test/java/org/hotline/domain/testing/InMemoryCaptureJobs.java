package org.hotline.domain.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.capture.job.CaptureJob;
import org.hotline.domain.capture.job.CaptureJobId;
import org.hotline.domain.capture.job.CaptureJobs;
import org.hotline.domain.capture.job.JobFailure;
import org.hotline.domain.capture.job.LeasedJob;
import org.hotline.domain.report.CaseId;

/** Capture jobs kept in memory, shared out as the database shares them, for domain tests. One lock guards all. */
public final class InMemoryCaptureJobs implements CaptureJobs {

    private final Map<CaptureJobId, CaptureJob> jobs = new LinkedHashMap<>();
    private final Map<CaptureJobId, String> holders = new LinkedHashMap<>();
    private final java.util.function.Supplier<Seq<org.hotline.domain.report.Case>> openCases;

    /** Jobs of no open cases: {@link #uncaptured} finds none. */
    public InMemoryCaptureJobs() {
        this(List::empty);
    }

    /** Jobs of the cases these reports hold, so that {@link #uncaptured} finds their open cases without a job. */
    public InMemoryCaptureJobs(InMemoryReports reports) {
        this(reports::openCases);
    }

    private InMemoryCaptureJobs(java.util.function.Supplier<Seq<org.hotline.domain.report.Case>> openCases) {
        this.openCases = openCases;
    }

    @Override
    public synchronized boolean request(CaptureJob job) {
        if (jobs.values().stream().anyMatch(j -> j.caseId().equals(job.caseId()) && j.state().waiting())) {
            return false;
        }
        jobs.put(job.id(), job);
        return true;
    }

    @Override
    public synchronized Seq<LeasedJob> lease(String worker, int limit, Instant now, Instant leaseUntil) {
        List<CaptureJob> due = List.ofAll(jobs.values())
                .filter(j -> j.state() == CaptureJob.State.PENDING && !j.nextAttemptAt().isAfter(now)
                        || j.state() == CaptureJob.State.RUNNING && !j.leaseUntil().get().isAfter(now))
                .sorted(Comparator.comparing(CaptureJob::nextAttemptAt).thenComparing(j -> j.id().value()))
                .take(limit);
        return due.map(j -> {
            CaptureJob running = new CaptureJob(j.id(), j.caseId(), j.address(), CaptureJob.State.RUNNING, j.requestedAt(),
                    j.requestedBy(), j.attempts() + 1, j.nextAttemptAt(), Option.some(leaseUntil), Option.none(),
                    j.lastFailure());
            jobs.put(j.id(), running);
            holders.put(j.id(), worker);
            return new LeasedJob(j.id(), j.caseId(), j.address(), running.attempts(), leaseUntil);
        });
    }

    @Override
    public synchronized boolean finish(LeasedJob job, String worker, CaptureJob.State outcome, Instant at,
            Option<JobFailure> why) {
        if (!holds(job, worker)) {
            return false;
        }
        CaptureJob j = jobs.get(job.id());
        jobs.put(j.id(), new CaptureJob(j.id(), j.caseId(), j.address(), outcome, j.requestedAt(), j.requestedBy(),
                j.attempts(), j.nextAttemptAt(), Option.none(), Option.some(at), why));
        holders.remove(j.id());
        return true;
    }

    @Override
    public synchronized boolean retryLater(LeasedJob job, String worker, Instant nextAttemptAt, JobFailure why) {
        if (!holds(job, worker)) {
            return false;
        }
        CaptureJob j = jobs.get(job.id());
        jobs.put(j.id(), new CaptureJob(j.id(), j.caseId(), j.address(), CaptureJob.State.PENDING, j.requestedAt(),
                j.requestedBy(), j.attempts(), nextAttemptAt, Option.none(), Option.none(), Option.some(why)));
        holders.remove(j.id());
        return true;
    }

    @Override
    public synchronized Seq<org.hotline.domain.capture.job.UncapturedCase> uncaptured(int limit) {
        return openCases.get().filter(c -> jobs.values().stream().noneMatch(j -> j.caseId().equals(c.id())))
                .take(limit).map(c -> new org.hotline.domain.capture.job.UncapturedCase(c.id(), c.url()));
    }

    @Override
    public synchronized Option<CaptureJob> latestOf(CaseId caseId) {
        return List.ofAll(jobs.values()).filter(j -> j.caseId().equals(caseId)).lastOption();
    }

    @Override
    public synchronized io.vavr.collection.Map<CaseId, CaptureJob> latestOf(Seq<CaseId> caseIds) {
        io.vavr.collection.Map<CaseId, CaptureJob> latest = HashMap.empty();
        for (CaptureJob job : jobs.values()) {
            if (caseIds.contains(job.caseId())) {
                latest = latest.put(job.caseId(), job);
            }
        }
        return latest;
    }

    /** The job as it stands now, for assertions. */
    public synchronized CaptureJob get(CaptureJobId id) {
        return jobs.get(id);
    }

    /** Every job, oldest first, for assertions. */
    public synchronized List<CaptureJob> all() {
        return List.ofAll(jobs.values());
    }

    private boolean holds(LeasedJob job, String worker) {
        CaptureJob j = jobs.get(job.id());
        return j != null && j.state() == CaptureJob.State.RUNNING && worker.equals(holders.get(job.id()))
                && j.attempts() == job.attempt();
    }
}
