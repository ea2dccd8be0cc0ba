package org.hotline.domain.testing;

import java.time.Instant;
import java.util.UUID;

import io.vavr.collection.TreeSet;

import org.hotline.domain.staff.Acting;
import org.hotline.domain.staff.Role;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.staff.StaffMember;
import org.hotline.domain.staff.Username;

/** Members of staff for tests, by number: {@code staff(1)} is 00000000-0000-4000-a000-000000000001. */
public final class TestStaff {

    private TestStaff() {
    }

    public static StaffId staff(int number) {
        return new StaffId(UUID.fromString(String.format("00000000-0000-4000-a000-%012d", number)));
    }

    public static Acting analyst(int number) {
        return new Acting(staff(number), Role.ANALYST);
    }

    public static Acting supervisor(int number) {
        return new Acting(staff(number), Role.SUPERVISOR);
    }

    /**
     * The staff the numbered helpers name, as stored members: {@code staff(1)} to {@code staff(7)} are analysts,
     * {@code staff(8)} and {@code staff(9)} supervisors, all active. Each username is {@code staffN}.
     */
    public static InMemoryStaff roster() {
        InMemoryStaff roster = new InMemoryStaff();
        for (int number = 1; number <= 9; number++) {
            Role role = number <= 7 ? Role.ANALYST : Role.SUPERVISOR;
            roster.add(StaffMember.create(staff(number), new Username("staff" + number), "Staff " + number,
                    TreeSet.of(role), "not a hash", false, Instant.parse("2026-01-01T00:00:00Z")));
        }
        return roster;
    }

    public static Acting legalAdviser(int number) {
        return new Acting(staff(number), Role.LEGAL_ADVISER);
    }

    public static Acting policeLiaison(int number) {
        return new Acting(staff(number), Role.POLICE_LIAISON);
    }
}
