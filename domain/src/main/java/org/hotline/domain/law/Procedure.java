package org.hotline.domain.law;

import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * The ordered steps a cooperation agreement prescribes for one verdict and hosting location. Built only in an order
 * that respects every step's requirements, and never with a notice to the host ahead of a clearance the procedure
 * contains.
 */
public record Procedure(String name, List<Step> steps) {

    public Procedure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(steps, "steps");
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a procedure has at least one step: " + name);
        }
        if (steps.map(Step::id).distinct().size() != steps.size()) {
            throw new IllegalArgumentException("step identifiers are unique within a procedure: " + name);
        }
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            List<String> earlier = steps.take(i).map(Step::id);
            for (String required : step.requires()) {
                if (!earlier.contains(required)) {
                    throw new IllegalArgumentException("step " + step.id() + " of " + name + " requires " + required
                            + ", which does not come before it");
                }
            }
        }
        for (Step notice : steps.filter(s -> s.kind() == StepKind.SEND_NOTICE_TO_HOST)) {
            for (Step clearance : steps.filter(s -> s.kind().isClearance())) {
                if (!requiresTransitively(steps, notice, clearance.id())) {
                    throw new IllegalArgumentException("in " + name + ", the notice " + notice.id()
                            + " does not wait for the clearance " + clearance.id());
                }
            }
        }
    }

    public static Procedure of(String name, Step... steps) {
        return new Procedure(name, List.of(steps));
    }

    /** The step that sends the notice to the host, if the procedure has one. */
    public Option<Step> notice() {
        return steps.find(s -> s.kind() == StepKind.SEND_NOTICE_TO_HOST);
    }

    /** Who sends the notice to the host, if anyone does under this procedure. */
    public Option<Actor> noticeSender() {
        return notice().map(Step::performer);
    }

    public Option<Step> step(String id) {
        return steps.find(s -> s.id().equals(id));
    }

    /** True when {@code step} cannot be done before the step {@code required}, directly or through other steps. */
    public boolean waitsFor(String step, String required) {
        return step(step).exists(s -> requiresTransitively(steps, s, required));
    }

    private static boolean requiresTransitively(List<Step> steps, Step step, String required) {
        return step.requires().exists(r -> r.equals(required)
                || steps.find(s -> s.id().equals(r)).exists(s -> requiresTransitively(steps, s, required)));
    }
}
