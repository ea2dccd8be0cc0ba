package org.hotline.domain.hosting.casework;

import java.time.Duration;
import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.audit.AuditEntry;
import org.hotline.domain.capture.job.Captures;
import org.hotline.domain.capture.job.RecordedCapture;
import org.hotline.domain.hosting.CountryCandidate;
import org.hotline.domain.hosting.HostingTrace;
import org.hotline.domain.hosting.TraceHosting;
import org.hotline.domain.hosting.address.Host;
import org.hotline.domain.report.Case;
import org.hotline.domain.report.ReportedUrl;
import org.jmolecules.ddd.annotation.Service;

/**
 * Makes the traces of cases: asks for a trace of each case awaiting one that has none (assessed illegal, by a first
 * assessment, an appeal or a legal decision), then runs the jobs this instance leases. A job traces the host of the
 * case's address and the hosts of the items its latest capture found; the trace is kept, the job ended and the trace
 * audited together, and only while this instance still holds the job. A trace that stops on a fault of the program is
 * tried again after a delay that doubles from a minute up to an hour: a case never waits for a trace in silence, and
 * its page shows why the last attempt failed.
 */
@Service
public final class TraceWork {

    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LONGEST_RETRY = Duration.ofHours(1);
    static final String INTERNAL_FAILURE = "The trace stopped on an internal error; the program's log has the details.";

    /** What became of one job. */
    public enum Outcome {
        /** The trace is kept and the job ended. */
        TRACED,
        /** The attempt failed on a fault of the program; the job waits for its next attempt. */
        RETRY_LATER,
        /** The lease ran out before the trace was kept: another instance has the job, and nothing was kept. */
        LOST
    }

    /** One run: the job, what became of it, and the error of the program that stopped it, for the log. */
    public record Ran(TraceJob job, Outcome outcome, Option<RuntimeException> error) {
    }

    private final TraceHosting tracer;
    private final HostingPorts ports;
    private final Captures captures;
    private final Duration lease;

    /** @param lease how long this instance holds a job: longer than a trace takes (DNS time-outs included) */
    public TraceWork(TraceHosting tracer, HostingPorts ports, Captures captures, Duration lease) {
        this.tracer = Objects.requireNonNull(tracer, "tracer");
        this.ports = Objects.requireNonNull(ports, "ports");
        this.captures = Objects.requireNonNull(captures, "captures");
        this.lease = Objects.requireNonNull(lease, "lease");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("a lease is a positive time");
        }
    }

    /** Asks for a trace of up to {@code limit} cases awaiting one without any; the number asked for. */
    public int requestUntraced(int limit) {
        Seq<Boolean> requested = ports.jobs().untraced(limit).map(caseId -> ports.jobs().request(
                TraceJob.requested(new TraceJobId(ports.identities().next()), caseId, ports.clock().instant(), Option.none())));
        return requested.count(Boolean::booleanValue);
    }

    /** One round: asks for the traces cases need, then leases up to {@code limit} due jobs and runs them. */
    public Seq<Ran> round(int limit) {
        requestUntraced(limit);
        return ports.jobs().lease(limit, lease).map(this::run);
    }

    /** Traces the job's case and keeps the trace. Whatever DNS does, the job ends or waits for its next attempt. */
    public Ran run(TraceJob job) {
        Option<Case> found = ports.cases().byId(job.caseId());
        HostingTrace trace;
        try {
            trace = tracer.tracePage(hostOf(found.get().url()).get(), itemHosts(found.get()));
        } catch (RuntimeException e) {
            boolean held = ports.jobs().retryLater(job, delayAfter(job.attempts()), INTERNAL_FAILURE);
            return new Ran(job, held ? Outcome.RETRY_LATER : Outcome.LOST, Option.some(e));
        }
        boolean held = ports.unitOfWork().inOneUnit(() -> {
            if (!ports.jobs().finish(job)) {
                return false;
            }
            ports.traces().add(new RecordedTrace(new TraceId(ports.identities().next()), job.caseId(), job.requestedBy(),
                    trace));
            ports.audit().record(AuditEntry.bySystem(trace.finishedAt(), "hosting.traced", "case:" + job.caseId(), "",
                    describe(trace)));
            return true;
        });
        return new Ran(job, held ? Outcome.TRACED : Outcome.LOST, Option.none());
    }

    /** The hosts the latest capture of the case found its page and items at, other than the case's own. */
    private Seq<Host> itemHosts(Case theCase) {
        Option<RecordedCapture> latest = captures.ofCase(theCase.id()).headOption();
        Seq<ReportedUrl> addresses = latest.map(recorded -> recorded.capture().finalAddress().toList()
                .appendAll(recorded.capture().items().map(item -> item.address()))).getOrElse(List.empty());
        return addresses.flatMap(TraceWork::hostOf).distinct();
    }

    private static Option<Host> hostOf(ReportedUrl url) {
        return Host.parse(url.host()).toOption();
    }

    /** The delay after attempt {@code made} failed: a minute, doubling with each attempt, up to an hour. */
    static Duration delayAfter(int made) {
        Duration delay = FIRST_RETRY;
        for (int i = 1; i < made && delay.compareTo(LONGEST_RETRY) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }

    private static String describe(HostingTrace trace) {
        Seq<CountryCandidate> candidates = trace.summary().candidates();
        return trace.hosts().size() + " host(s) traced; countries: "
                + (candidates.isEmpty() ? "none found" : candidates.map(CountryCandidate::country).mkString(", "))
                + "; data: " + trace.data();
    }
}
