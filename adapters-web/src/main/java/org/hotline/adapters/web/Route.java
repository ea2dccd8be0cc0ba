package org.hotline.adapters.web;

import java.util.Objects;
import java.util.Set;

/** One route the server answers, and who may use it, as declared. */
public record Route(String method, String path, Set<Access> access) {

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        access = Set.copyOf(access);
    }
}
