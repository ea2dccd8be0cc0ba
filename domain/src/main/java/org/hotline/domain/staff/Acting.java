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

    public static final String ROLE_REQUIRED = "staff.role_required";

    public Acting {
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(role, "role");
    }

    /** This person, when they act in one of the given roles; otherwise a refusal naming the roles needed. */
    public Either<Rejection, Acting> as(Role... allowed) {
        List<Role> roles = List.of(allowed);
        return roles.contains(role)
                ? Either.right(this)
                : Either.left(Rejection.of(ROLE_REQUIRED, "This needs the role " + roles.mkString(" or ")
                        + "; you are acting as " + role + "."));
    }
}
