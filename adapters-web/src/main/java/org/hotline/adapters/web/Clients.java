package org.hotline.adapters.web;

import java.util.List;
import java.util.Set;

import io.javalin.http.Context;

/**
 * Who is asking: the address of the client, seen through the reverse proxies the operator trusts. Behind a trusted
 * proxy, the client is the last address in {@code X-Forwarded-For} that is not itself a trusted proxy; a header from
 * anyone else is ignored, so clients cannot choose their own address.
 */
final class Clients {

    private final Set<String> trustedProxies;

    Clients(Set<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    String addressOf(Context ctx) {
        String peer = ctx.req().getRemoteAddr();
        if (!trustedProxies.contains(peer)) {
            return peer;
        }
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        List<String> hops = List.of(forwarded.split(","));
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i).strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }
}
