package org.hotline.domain.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.Clock;
import org.hotline.domain.hosting.casework.TraceJob;
import org.hotline.domain.hosting.casework.TraceJobId;
import org.hotline.domain.hosting.casework.TraceJobs;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.CaseState;

/**
 * Trace jobs in memory, for domain tests: due by the clock, held by one lease at a time; {@link #takeAway} plays an
 * instance whose lease ran out while it worked.
 */
public final class InMemoryTraceJobs implements TraceJobs {

    private record Held(TraceJob job, Instant runAfter, boolean leased) {
    }

    private final Map<TraceJobId, Held> jobs = new LinkedHashMap<>();
    private final InMemoryReports cases;
    private final InMemoryHostingTraces traces;
    private final Clock clock;

    public InMemoryTraceJobs(InMemoryReports cases, InMemoryHostingTraces traces, Clock clock) {
        this.cases = cases;
        this.traces = traces;
        this.clock = clock;
    }

    @Override
    public synchronized boolean request(TraceJob job) {
        if (waitingOf(job.caseId()).isDefined()) {
            return false;
        }
        jobs.put(job.id(), new Held(job, job.requestedAt(), false));
        return true;
    }

    @Override
    public synchronized Seq<CaseId> untraced(int limit) {
        return cases.all().filter(c -> c.state() instanceof CaseState.AwaitingHostingTrace)
                .filter(c -> waitingOf(c.id()).isEmpty())
                .filter(c -> traces.ofCase(c.id()).forAll(t -> t.trace().startedAt()
                        .isBefore(((CaseState.AwaitingHostingTrace) c.state()).since())))
                .map(c -> c.id()).take(limit);
    }

    @Override
    public synchronized Seq<TraceJob> lease(int limit, Duration lease) {
        Instant now = clock.instant();
        Seq<Held> due = List.ofAll(jobs.values()).filter(held -> !held.leased() && !held.runAfter().isAfter(now)).take(limit);
        return due.map(held -> {
            TraceJob job = held.job();
            TraceJob leased = new TraceJob(job.id(), job.caseId(), job.requestedAt(), job.requestedBy(), job.attempts() + 1,
                    job.lastFailure());
            jobs.put(job.id(), new Held(leased, held.runAfter(), true));
            return leased;
        });
    }

    @Override
    public synchronized boolean finish(TraceJob job) {
        Held held = jobs.get(job.id());
        if (held == null || !held.leased()) {
            return false;
        }
        jobs.remove(job.id());
        return true;
    }

    @Override
    public synchronized boolean retryLater(TraceJob job, Duration after, String why) {
        Held held = jobs.get(job.id());
        if (held == null || !held.leased()) {
            return false;
        }
        TraceJob failed = new TraceJob(job.id(), job.caseId(), job.requestedAt(), job.requestedBy(), held.job().attempts(),
                Option.some(why));
        jobs.put(job.id(), new Held(failed, clock.instant().plus(after), false));
        return true;
    }

    @Override
    public synchronized Option<TraceJob> waitingOf(CaseId caseId) {
        return List.ofAll(jobs.values()).find(held -> held.job().caseId().equals(caseId)).map(Held::job);
    }

    /** Ends a job's lease, as if it ran out while its instance worked: the instance no longer holds it. */
    public synchronized void takeAway(TraceJobId id) {
        Held held = jobs.get(id);
        jobs.put(id, new Held(held.job(), held.runAfter(), false));
    }

    /** When the job is due next, while it waits. */
    public synchronized Option<Instant> dueAt(TraceJobId id) {
        return Option.of(jobs.get(id)).map(Held::runAfter);
    }
}
