package org.hotline.adapters.web;

import io.javalin.security.RouteRole;
import io.vavr.control.Option;
import org.hotline.domain.staff.Role;

/**
 * Who may use a route. Every route declares it; the gate runs before every matched route and refuses what the
 * declaration does not allow. A staff route lists the roles that may use it: anonymous requests are sent to sign in
 * (pages) or answered 401, members without a listed role 403.
 */
public enum Access implements RouteRole {
    /** Anyone: the report form, the reporting API, sign-in, health, static files. */
    PUBLIC,
    ANALYST,
    SUPERVISOR,
    POLICE_LIAISON,
    ADMINISTRATOR,
    LEGAL_ADVISER,
    /** Monitoring (the metrics): requests from this machine, or with the configured metrics token. */
    MONITORING;

    /** Every staff role: for the pages each member has, such as their own account. */
    public static final Access[] ANY_STAFF = {ANALYST, SUPERVISOR, POLICE_LIAISON, ADMINISTRATOR, LEGAL_ADVISER};

    /** The staff role this access stands for; none for {@link #PUBLIC} and {@link #MONITORING}. */
    public Option<Role> role() {
        return this == PUBLIC || this == MONITORING ? Option.none() : Option.some(Role.valueOf(name()));
    }

    public static Access of(Role role) {
        return valueOf(role.name());
    }
}
