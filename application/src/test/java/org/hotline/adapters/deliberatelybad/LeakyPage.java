package org.hotline.adapters.deliberatelybad;

import org.hotline.domain.Tokens;
import org.hotline.domain.partner.PartnerRegistry;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

/**
 * Deliberately wrong, for the architecture test: a primary adapter that draws on a secondary port (the domain's
 * {@code Tokens}) and holds a domain service ({@code PartnerRegistry}) instead of the port it implements. Never part of
 * the product (test sources only).
 */
@PrimaryAdapter
public final class LeakyPage {

    private final Tokens tokens;
    private final PartnerRegistry registry;

    public LeakyPage(Tokens tokens, PartnerRegistry registry) {
        this.tokens = tokens;
        this.registry = registry;
    }

    public String render() {
        return tokens.next() + registry;
    }
}
