package org.hotline.domain.staff;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Where the members of staff are kept. */
@SecondaryPort
@Repository
public interface StaffMembers {

    void add(StaffMember member);

    /** Stores the member's new state. */
    void update(StaffMember member);

    Option<StaffMember> byId(StaffId id);

    Option<StaffMember> byUsername(Username username);

    /**
     * The member, held against concurrent changes until the unit of work ends, so that two sign-ins or two
     * administrators cannot each change the member from the same old state.
     */
    Option<StaffMember> forChange(StaffId id);

    /**
     * The active administrators, held against concurrent changes until the unit of work ends: two administrators
     * removing each other at the same moment cannot both succeed and leave none.
     */
    Seq<StaffMember> activeAdministrators();

    /** Everyone, active or not, by username. */
    Seq<StaffMember> all();
}
