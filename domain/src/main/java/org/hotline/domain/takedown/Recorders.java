package org.hotline.domain.takedown;

import io.vavr.collection.List;
import org.hotline.domain.law.Actor;
import org.hotline.domain.law.Step;
import org.hotline.domain.staff.Role;

/**
 * Who records a step of a procedure, by the actor the agreement names for it: what the police, a magistrate or a
 * prosecutor did, the police liaison; what the hotline (or a host, or a partner hotline) did, an analyst or a
 * supervisor; a lawyer's step, the legal adviser. The one place this mapping lives.
 */
public final class Recorders {

    private Recorders() {
    }

    /** The roles that record a step done by the actor. */
    public static List<Role> of(Actor actor) {
        return switch (actor) {
            case POLICE, MAGISTRATE, PROSECUTOR -> List.of(Role.POLICE_LIAISON);
            case HOTLINE, HOSTING_PROVIDER, PARTNER_HOTLINE -> List.of(Role.ANALYST, Role.SUPERVISOR);
            case LEGAL_ADVISER -> List.of(Role.LEGAL_ADVISER);
        };
    }

    /** Whether someone acting in the role records the step. */
    public static boolean may(Role role, Step step) {
        return of(step.performer()).contains(role);
    }

    /** Whether the step waits on the police or the judiciary (the police liaison records it). */
    public static boolean onThePolice(Step step) {
        return of(step.performer()).contains(Role.POLICE_LIAISON);
    }
}
