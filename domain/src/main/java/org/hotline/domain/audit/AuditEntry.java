package org.hotline.domain.audit;

import java.time.Instant;
import java.util.Objects;

import io.vavr.control.Option;

/**
 * One thing that happened, to be kept in the audit trail: who did it (and in which role), when, what, to what, and
 * the state before and after where something changed.
 *
 * @param actor the member of staff ({@code StaffId}); none for the public, a partner, or the program itself
 * @param role the role the actor acted in ({@code Role}); none where there is no actor or no role
 * @param action what happened, as a stable dotted name such as {@code case.claimed} or {@code report.viewed}
 * @param subject what it happened to, as {@code type:id}, such as {@code case:3f1c...}
 * @param before the relevant state before, in a short readable form; empty where nothing changed or it is new
 * @param after the relevant state after; empty for a view
 */
public record AuditEntry(Option<Actor> actor, Option<ActingRole> role, Instant at, String action, String subject,
        String before, String after) {

    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (!action.matches("[a-z]+(\\.[a-z_]+)+")) {
            throw new IllegalArgumentException("an action is a dotted lower-case name, such as case.claimed: " + action);
        }
    }

    public static AuditEntry byStaff(Actor actor, ActingRole role, Instant at, String action, String subject, String before,
            String after) {
        return new AuditEntry(Option.some(actor), Option.some(role), at, action, subject, before, after);
    }

    public static AuditEntry bySystem(Instant at, String action, String subject, String before, String after) {
        return new AuditEntry(Option.none(), Option.none(), at, action, subject, before, after);
    }
}
