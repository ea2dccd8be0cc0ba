package org.hotline.domain.staff;

import java.util.Objects;

import org.hotline.domain.Clock;
import org.hotline.domain.Tokens;
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.audit.AuditTrail;
import org.hotline.domain.throttle.TokenBuckets;

/** The secondary ports that signing in and managing staff work through. */
public record StaffPorts(StaffMembers members, Sessions sessions, PasswordHasher hasher, Tokens tokens, AuditTrail audit,
        UnitOfWork unit, Clock clock, Guards guards) {

    /** What sign-in guards against guessing with: known browsers, the clients' buckets, the tally of unknown names. */
    public record Guards(TrustedDevices devices, TokenBuckets buckets, UnknownSignIns unknownSignIns) {

        public Guards {
            Objects.requireNonNull(devices, "devices");
            Objects.requireNonNull(buckets, "buckets");
            Objects.requireNonNull(unknownSignIns, "unknownSignIns");
        }
    }

    public StaffPorts {
        Objects.requireNonNull(guards, "guards");
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(hasher, "hasher");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(clock, "clock");
    }
}
