package org.hotline.domain.staff;

import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.control.Either;
import org.hotline.domain.Rejection;

/**
 * A member of staff doing something in one of their roles: who acts, and as what. Every use case of the workbench
 * is given one, checks the role it needs, and records both in the audit trail.
 */
public record Acting(StaffId staff, Role role) {

    public Acting {
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(role, "role");
    }

    /**
     * This person, when they act in one of the given roles; otherwise the refusal given, of the asking port's own
     * reasons, naming the roles needed.
     */
    public <R extends Enum<R> & Rejection.Reason> Either<Rejection<R>, Acting> as(R refusal, Role... allowed) {
        List<Role> roles = List.of(allowed);
        return roles.contains(role)
                ? Either.right(this)
                : Either.left(Rejection.of(refusal, "This needs the role " + roles.mkString(" or ")
                        + "; you are acting as " + role + "."));
    }
}
