package org.hotline.domain.staff;

import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import org.hotline.domain.FieldError;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * What administrators do with accounts: create, deactivate, reset passwords, assign roles; and the set-up of the
 * first administrator of a new hotline. Every change is recorded in the audit trail with the change itself.
 */
@PrimaryPort
public interface ManageStaff {

    Seq<StaffMember> list();

    /**
     * The members whose accounts are locked now, by the domain's clock, after wrong passwords in a row from browsers
     * they never signed in from: administrators are told, and may reset the password (which lifts the lock).
     */
    Seq<StaffMember> lockedOut();

    /** True while no active administrator exists: the hotline needs its first one set up. */
    boolean needsFirstAdministrator();

    /**
     * Creates the first administrator, with the password they choose; refused once an active administrator exists.
     * Called once whoever sets up the hotline has shown the one-time set-up token.
     */
    Either<Seq<FieldError>, StaffMember> setUpFirstAdministrator(String username, String displayName, String password,
            String repeat);

    /** Creates an account with a temporary password, shown this once, that must be changed at the first sign-in. */
    Either<Seq<FieldError>, Created> create(StaffId actor, String username, String displayName, Set<Role> roles);

    Either<StaffRefusal, StaffMember> deactivate(StaffId actor, StaffId member);

    /** Gives the member a new temporary password and ends their sessions; it also lifts a lock-out. */
    Either<StaffRefusal, TemporaryPassword> resetPassword(StaffId actor, StaffId member);

    Either<StaffRefusal, StaffMember> assignRoles(StaffId actor, StaffId member, Set<Role> roles);

    /** A new account and its temporary password. */
    record Created(StaffMember member, TemporaryPassword password) {
    }
}
