package org.hotline.adapters.web;

import io.javalin.security.RouteRole;

/**
 * Who may use a route. Every route declares one; the access check runs before every matched route and refuses
 * what the declaration does not allow.
 */
public enum Access implements RouteRole {
    /** Anyone: the report form, the reporting API, health, static files. */
    PUBLIC,
    /** Hotline staff. Until sign-in exists, only requests from this machine (loopback) are staff. */
    STAFF,
    /** Monitoring (the metrics): requests from this machine, or with the configured metrics token. */
    MONITORING
}
