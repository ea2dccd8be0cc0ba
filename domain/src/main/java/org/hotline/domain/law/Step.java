package org.hotline.domain.law;

import java.time.Duration;
import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * One step of a procedure: what is done, who does it, which earlier steps must be done first, and the target time
 * from the start of the procedure, where the agreement sets one.
 *
 * @param id unique within its procedure, such as {@code notify-police}
 * @param description what the step is, in words
 * @param requires identifiers of the earlier steps that must be done before this one
 * @param targetDeadline the target time from the start of the procedure, if any
 */
public record Step(String id, StepKind kind, Actor performer, String description, List<String> requires,
        Option<Duration> targetDeadline) {

    public Step {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(performer, "performer");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(requires, "requires");
        Objects.requireNonNull(targetDeadline, "targetDeadline");
    }

    public static Step of(String id, StepKind kind, Actor performer, String description, String... requires) {
        return new Step(id, kind, performer, description, List.of(requires), Option.none());
    }

    public Step within(Duration deadline) {
        return new Step(id, kind, performer, description, requires, Option.some(deadline));
    }
}
