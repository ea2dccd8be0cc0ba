package org.hotline.domain.takedown;

import java.time.LocalDate;
import java.util.Objects;

import io.vavr.collection.List;
import org.hotline.domain.law.Step;
import org.hotline.domain.law.StepKind;
import org.hotline.domain.staff.Role;

/** A case's takedown as someone acting in a role sees it on a day: what they may do with it now. */
public record TakedownView(Takedown takedown, Role role, LocalDate today) {

    public TakedownView {
        Objects.requireNonNull(takedown, "takedown");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(today, "today");
    }

    /** The steps that may be recorded now and that the role records. */
    public List<Step> recordable() {
        return takedown.next().filter(step -> Recorders.may(role, step));
    }

    /** Whether the role may place a hold now (a police liaison, before the host was asked, no hold standing). */
    public boolean mayPlaceHold() {
        return role == Role.POLICE_LIAISON && !takedown.isEnded() && takedown.hold().isEmpty() && !takedown.noticeSent();
    }

    /** Whether the role may lift the standing hold. */
    public boolean mayLiftHold() {
        return role == Role.POLICE_LIAISON && takedown.hold().isDefined();
    }

    /**
     * Whether the role may record the content seen gone outside the procedure's steps (a procedure without a removal
     * check, once the host was asked): analysts and supervisors.
     */
    public boolean mayRecordRemoval() {
        return (role == Role.ANALYST || role == Role.SUPERVISOR) && !takedown.isEnded() && takedown.hold().isEmpty()
                && takedown.noticeSent()
                && !takedown.procedure().steps().exists(step -> step.kind() == StepKind.CONFIRM_REMOVAL);
    }

    /** Whether a standing hold's review day has come. */
    public boolean holdDue() {
        return takedown.holdDueForReview(today);
    }
}
