package org.hotline.adapters.web.pages;

import java.util.List;
import java.util.Optional;

import org.hotline.adapters.web.Messages;

/**
 * The police liaison's page: the takedowns whose next step is the police's or a magistrate's (with a form for each
 * such step and one to place a hold), and the police holds, those due for review first, each with a form to lift it.
 *
 * @param today the day, in the hotline's time zone, that decides which holds are due
 * @param due how many holds are due for review
 * @param refusal why what the reader just asked for was refused, in words
 * @param mayAct true for a police liaison (a supervisor sees the page without its forms)
 * @param requests the police's requests to the hotline: open ones first (needed soonest first), then the latest answered
 * @param askAction where the form that asks the hotline posts, for a police liaison where requests are offered
 */
public record PolicePage(Messages t, String today, List<Waiting> waiting, List<Held> held, int due,
        Optional<String> refusal, boolean mayAct, List<PoliceRequestView> requests, Optional<String> askAction) {

    /** A takedown waiting on the police. */
    public record Waiting(String caseId, String caseLink, String address, String procedure, String startedAt,
            List<TakedownSection.StepForm> steps, boolean mayHold, String holdAction) {
    }

    /** A takedown on police hold. */
    public record Held(String caseId, String caseLink, String address, String reference, String placedBy,
            String placedAt, String reviewOn, boolean due, String liftAction) {
    }
}
