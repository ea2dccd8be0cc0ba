package org.hotline.adapters.web;

import java.util.List;
import java.util.Objects;

import io.javalin.Javalin;

/** The configured web server, not yet started, and the table of its routes. */
public record Web(Javalin app, List<Route> routes) {

    public Web {
        Objects.requireNonNull(app, "app");
        routes = List.copyOf(routes);
    }
}
