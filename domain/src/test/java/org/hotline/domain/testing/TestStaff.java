package org.hotline.domain.testing;

import java.util.UUID;

import org.hotline.domain.staff.Acting;
import org.hotline.domain.staff.Role;
import org.hotline.domain.staff.StaffId;

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

    public static Acting legalAdviser(int number) {
        return new Acting(staff(number), Role.LEGAL_ADVISER);
    }
}
