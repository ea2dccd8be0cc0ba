package org.hotline.adapters.web;

import java.util.Map;
import java.util.stream.Collectors;

import org.hotline.domain.staff.ManageStaff;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.staff.StaffMember;

/** The names of the members of staff, for pages that say who claimed, assessed or lifted something. */
final class StaffNames {

    private final Map<StaffId, String> names;

    private StaffNames(Map<StaffId, String> names) {
        this.names = names;
    }

    static StaffNames of(ManageStaff staff) {
        return new StaffNames(staff.list().toJavaStream()
                .collect(Collectors.toMap(StaffMember::id, StaffMember::displayName, (first, second) -> first)));
    }

    /** The member's name; their identifier where no account has it (an account is never removed, so hardly ever). */
    String of(StaffId id) {
        return names.getOrDefault(id, id.toString());
    }
}
