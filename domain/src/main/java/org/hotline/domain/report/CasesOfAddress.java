package org.hotline.domain.report;

import java.util.Objects;

import io.vavr.control.Option;

/**
 * The cases of one address that intake weighs when a report of it arrives: its open case (there is never more than
 * one) and its latest closed case. Storage fetches them; {@link IntakeRules#caseTakingIn} decides.
 */
public record CasesOfAddress(Option<Case> open, Option<Case> latestClosed) {

    public CasesOfAddress {
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(latestClosed, "latestClosed");
        if (open.exists(c -> !c.state().isOpen())) {
            throw new IllegalArgumentException("the open case of an address is open: " + open.get());
        }
        if (latestClosed.exists(c -> !(c.state() instanceof CaseState.Closed))) {
            throw new IllegalArgumentException("the latest closed case of an address is closed: " + latestClosed.get());
        }
    }

    /** An address nobody reported before. */
    public static CasesOfAddress none() {
        return new CasesOfAddress(Option.none(), Option.none());
    }
}
