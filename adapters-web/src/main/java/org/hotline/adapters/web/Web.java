package org.hotline.adapters.web;

import java.util.List;
import java.util.Objects;

import io.javalin.Javalin;
import org.hotline.adapters.web.security.FirstAdministratorSetup;

/**
 * The configured web server, not yet started, the table of its routes, and the one-time set-up of the first
 * administrator.
 */
public record Web(Javalin app, List<Route> routes, FirstAdministratorSetup setup) {

    public Web {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(setup, "setup");
        routes = List.copyOf(routes);
    }
}
