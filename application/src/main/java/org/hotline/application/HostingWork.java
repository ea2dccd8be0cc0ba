package org.hotline.application;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;

import org.hotline.adapters.trace.dns.DnsjavaResolver;
import org.hotline.adapters.trace.ipdata.IpDataDirectory;
import org.hotline.domain.Clock;
import org.hotline.domain.capture.job.Captures;
import org.hotline.domain.hosting.HostingTracer;
import org.hotline.domain.hosting.IpData;
import org.hotline.domain.hosting.casework.HostingPorts;
import org.hotline.domain.hosting.casework.TraceWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hosting trace as the running program does it: the IP data (what is missing is said at start, and newer data is
 * picked up every minute without a restart), the list of member hotlines, DNS through the configured resolvers, and
 * a worker that traces the cases awaiting it every few seconds. Every instance runs a worker; the jobs' leases keep
 * two from tracing one case at once.
 */
final class HostingWork implements AutoCloseable {

    /** How often the worker looks for cases to trace. */
    static final Duration EVERY = Duration.ofSeconds(5);
    /** How often the IP data and the member list are checked for newer versions. */
    static final Duration DATA_CHECK = Duration.ofMinutes(1);
    /** Jobs a round takes at most. */
    static final int PER_ROUND = 8;

    private static final Logger LOG = LoggerFactory.getLogger(HostingWork.class);

    private final IpDataDirectory data;
    private final MemberHotlines members;
    private final DnsjavaResolver resolver;
    private final TraceWork work;
    private final ScheduledExecutorService worker;

    private HostingWork(IpDataDirectory data, MemberHotlines members, DnsjavaResolver resolver, TraceWork work) {
        this.data = data;
        this.members = members;
        this.resolver = resolver;
        this.work = work;
        this.worker = Rounds.daemon("hosting-trace");
    }

    /** Opens the data, and starts the worker when {@code every} is given (tests run rounds themselves). */
    static HostingWork start(Configuration.HostingTraceSettings settings, HostingPorts ports, Captures captures, Clock clock,
            java.util.Optional<Duration> every) {
        Objects.requireNonNull(settings, "settings");
        IpDataDirectory data = IpDataDirectory.open(settings.ipDataDirectory());
        data.watch(DATA_CHECK);
        MemberHotlines members = new MemberHotlines(settings.ipDataDirectory());
        DnsjavaResolver resolver = new DnsjavaResolver(settings.dns());
        Duration lease = settings.dnsTimeout().multipliedBy(6).plusMinutes(1);
        var hosting = new HostingWork(data, members, resolver,
                new TraceWork(new HostingTracer(resolver, data, clock), ports, captures, lease));
        Rounds.repeat(hosting.worker, DATA_CHECK, members::refresh);
        every.ifPresent(period -> Rounds.repeat(hosting.worker, period, hosting::traceNow));
        return hosting;
    }

    IpData data() {
        return data;
    }

    MemberHotlines members() {
        return members;
    }

    /** Reads newer IP data and member list now, as the minute's check would. */
    void refreshData() {
        data.refresh().forEach(notice -> LOG.atInfo().log("IP data: " + notice));
        members.refresh();
    }

    /** One round: asks for the traces cases need, and makes those due. Errors are logged, never thrown. */
    void traceNow() {
        try {
            for (TraceWork.Ran ran : work.round(PER_ROUND)) {
                ran.error().forEach(error -> LOG.atWarn().setCause(error).addKeyValue("job", ran.job().id())
                        .addKeyValue("case", ran.job().caseId()).log("a hosting trace stopped; it will be tried again"));
                if (ran.outcome() == TraceWork.Outcome.TRACED) {
                    LOG.atInfo().addKeyValue("case", ran.job().caseId()).log("hosting traced");
                }
            }
        } catch (RuntimeException e) {
            LOG.atWarn().setCause(e).log("a round of hosting traces failed; the next round tries again");
        }
    }

    @Override
    public void close() {
        Rounds.stop(worker);
        resolver.close();
        data.close();
    }
}
