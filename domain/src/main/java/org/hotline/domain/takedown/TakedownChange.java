package org.hotline.domain.takedown;

import java.util.Objects;

/**
 * What one action did to a takedown: the takedown after it, and the audit action and detail that record it (such as
 * {@code takedown.step_recorded}, {@code notify-federal-police by HOTLINE}). An action's answer, not a value object: it
 * carries the aggregate.
 */
public record TakedownChange(Takedown after, String action, String detail) {

    public TakedownChange {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(detail, "detail");
    }
}
