package org.hotline.domain.report;

import io.vavr.collection.List;

/** A stage of the work at which open cases wait, each with its own list. */
public enum Stage {
    /** Not yet assessed: the analyst queue, claimed cases included. */
    ASSESSMENT("AWAITING_ASSESSMENT", "IN_ASSESSMENT"),
    /** Assessed, but the law as written did not settle it. */
    LEGAL_REVIEW("AWAITING_LEGAL_REVIEW"),
    /** Assessed illegal; where it is hosted is to be traced. */
    HOSTING_TRACE("AWAITING_HOSTING_TRACE"),
    /** Hosted in a country with a member hotline: to be referred to it through the exchange. */
    REFERRAL("TO_REFER"),
    /** Hosted in a country without a member hotline: for the police, through the police liaison. */
    POLICE("FOR_POLICE");

    private final List<String> states;

    Stage(String... states) {
        this.states = List.of(states);
    }

    /** The names of the case states at this stage. */
    public List<String> states() {
        return states;
    }

    public boolean holds(CaseState state) {
        return states.contains(state.name());
    }
}
