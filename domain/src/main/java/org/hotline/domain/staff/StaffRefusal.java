package org.hotline.domain.staff;

/** Why an administrator's change to an account was refused. Nothing was changed. */
public enum StaffRefusal {
    NOT_ALLOWED("staff.not_allowed", "Only an active administrator may change accounts."),
    UNKNOWN_MEMBER("staff.unknown", "There is no such member of staff."),
    OWN_ACCOUNT("staff.own_account", "Administrators cannot deactivate themselves or take away their own administrator role."),
    LAST_ADMINISTRATOR("staff.last_administrator", "This is the last active administrator; make someone else administrator first."),
    NO_ROLES("staff.no_roles", "A member of staff holds at least one role.");

    private final String code;
    private final String detail;

    StaffRefusal(String code, String detail) {
        this.code = code;
        this.detail = detail;
    }

    /** A stable key a user interface can translate. */
    public String code() {
        return code;
    }

    /** The English explanation. */
    public String detail() {
        return detail;
    }
}
