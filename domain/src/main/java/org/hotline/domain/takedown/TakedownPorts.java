package org.hotline.domain.takedown;

import java.time.ZoneId;
import java.util.Objects;

import org.hotline.domain.Clock;
import org.hotline.domain.Identities;
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.audit.AuditTrail;
import org.hotline.domain.report.Cases;

/**
 * The secondary ports takedowns work through, and the hotline's time zone (which gives the day a hold is placed on and
 * the day its review comes).
 */
public record TakedownPorts(Cases cases, Takedowns takedowns, HostNotices notices, AuditTrail audit, UnitOfWork unitOfWork,
        Clock clock, Identities identities, ZoneId zone, TakedownProgress progress) {

    /** The ports, nobody else hearing of the takedowns' progress. */
    public TakedownPorts(Cases cases, Takedowns takedowns, HostNotices notices, AuditTrail audit, UnitOfWork unitOfWork,
            Clock clock, Identities identities, ZoneId zone) {
        this(cases, takedowns, notices, audit, unitOfWork, clock, identities, zone, TakedownProgress.none());
    }

    public TakedownPorts {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(takedowns, "takedowns");
        Objects.requireNonNull(notices, "notices");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(identities, "identities");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(progress, "progress");
    }
}
