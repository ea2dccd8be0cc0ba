package org.hotline.domain.recheck;

import java.time.Instant;
import java.util.Objects;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.capture.Capture;
import org.hotline.domain.hosting.casework.TraceJob;
import org.hotline.domain.hosting.casework.TraceJobId;
import org.hotline.domain.report.Case;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.takedown.Takedown;
import org.jmolecules.ddd.annotation.Service;

/**
 * Re-checks every running takedown's address through the capture fetcher, as a round on a schedule: each check is
 * kept; gone closes the takedown (the desk refuses it before the host was asked or under a police hold, and the check
 * says so); moved asks for a new hosting trace of the case; changed and still there are kept for the case page, and
 * lead to what follows a notice left unanswered (a reminder, or an escalation past the agreement's target).
 */
@Service
public final class RecheckWork implements ViewRechecks {

    private final RecheckPorts ports;
    private final FollowUps followUps;

    /** Re-checks after which nothing follows content still up (no notices sent). */
    public RecheckWork(RecheckPorts ports) {
        this(ports, FollowUps.none());
    }

    public RecheckWork(RecheckPorts ports, FollowUps followUps) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.followUps = Objects.requireNonNull(followUps, "followUps");
    }

    /** One round: every running takedown checked once. Returns how many were checked. */
    public int round() {
        Seq<Takedown> running = ports.takedowns().running();
        running.forEach(this::check);
        return running.size();
    }

    /** Checks one takedown's address now and keeps what was found. */
    public Recheck check(Takedown takedown) {
        Case theCase = ports.cases().byId(takedown.caseId()).getOrElseThrow(() -> new IllegalStateException(
                "the takedown " + takedown.id() + " names a case that does not exist: " + takedown.caseId()));
        Capture now = ports.capturer().capture(theCase.url());
        Finding found = Finding.of(theCase.url(), now, ports.captures().ofCase(theCase.id()).headOption(),
                settledCountry(theCase.id()), ports.ipData().current());
        Instant at = ports.clock().instant();
        String detail = found.detail() + followUp(takedown, theCase, found, at);
        Recheck recheck = new Recheck(ports.identities().next(), takedown.id(), theCase.id(), theCase.url().canonical(),
                at, found.outcome(), detail);
        ports.rechecks().add(recheck);
        return recheck;
    }

    /**
     * What the finding leads to, in words added to the check: the takedown closed, or why not; a new trace asked; a
     * reminder or escalation queued.
     */
    private String followUp(Takedown takedown, Case theCase, Finding found, Instant at) {
        CaseId caseId = theCase.id();
        return switch (found.outcome()) {
            case GONE -> ports.end().removalSeen(caseId, "Seen gone by a re-check: " + found.detail(), at)
                    .fold(refused -> " The takedown stays open: " + refused.detail(), ended -> " The takedown is closed.");
            case MOVED -> ports.traceJobs().request(TraceJob.requested(new TraceJobId(ports.identities().next()), caseId,
                    at, Option.none())) ? " A new hosting trace was asked for." : " A hosting trace is waiting already.";
            case CHANGED, STILL_THERE -> followUps.stillUp(takedown, theCase.url(), at).map(queued -> " " + queued)
                    .getOrElse("");
            case UNREACHABLE -> "";
        };
    }

    private Option<CountryCode> settledCountry(CaseId caseId) {
        return ports.settlements().ofCase(caseId).headOption().map(settled -> settled.decision().country());
    }

    @Override
    public Seq<Recheck> ofCase(CaseId caseId, int limit) {
        return ports.rechecks().ofCase(caseId).take(limit);
    }
}
