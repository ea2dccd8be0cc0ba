package org.hotline.adapters.web.pages;

import java.util.List;
import java.util.Optional;

/**
 * A case's takedown on its page: the procedure's steps in order (each with its actor, and who recorded it and when
 * once done), the police hold if one stands (flagged once its review day has come), the holds lifted before, how it
 * ended, and the forms the reader's role may use now.
 *
 * @param state the takedown's state, as a message
 * @param ended how the takedown ended (removed, with the evidence; withdrawn, with the reason), where it did
 * @param timeToRemoval from the start of the takedown to the content seen gone, in words, once removed
 * @param forms a form for each step the reader's role may record now
 * @param removal the form that records the content seen gone, where the reader may use it
 */
public record TakedownSection(String procedure, String state, String startedAt, List<StepRow> steps,
        Optional<Hold> hold, List<Lifted> lifted, Optional<String> ended, Optional<String> timeToRemoval,
        List<StepForm> forms, Optional<String> removal) {

    /**
     * One step of the procedure.
     *
     * @param actor who does it, as a message
     * @param recordedBy who recorded it (or "the program"), once done
     * @param next true when it may be recorded now
     */
    public record StepRow(String id, String description, String actor, boolean done, Optional<String> recordedBy,
            Optional<String> at, Optional<String> note, boolean next) {
    }

    /** The police hold that stands. */
    public record Hold(String reference, String placedBy, String placedAt, String reviewOn, boolean due) {
    }

    /** A hold lifted before. */
    public record Lifted(String reference, String placedAt, String liftedBy, String liftedAt, String reason) {
    }

    /**
     * The form that records one step.
     *
     * @param role the role the step is recorded in, sent back with the form
     */
    public record StepForm(String action, String step, String description, String role) {
    }
}
