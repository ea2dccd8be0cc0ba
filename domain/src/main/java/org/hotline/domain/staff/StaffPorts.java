package org.hotline.domain.staff;

import java.util.Objects;

import org.hotline.domain.Clock;
import org.hotline.domain.Tokens;
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.audit.AuditTrail;

/** The secondary ports that signing in and managing staff work through. */
public record StaffPorts(StaffMembers members, Sessions sessions, PasswordHasher hasher, Tokens tokens, AuditTrail audit,
        UnitOfWork unit, Clock clock) {

    public StaffPorts {
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(hasher, "hasher");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(clock, "clock");
    }
}
