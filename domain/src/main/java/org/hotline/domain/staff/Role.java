package org.hotline.domain.staff;

import org.hotline.domain.audit.ActingRole;

/** What a member of staff may do. One person may hold several roles. */
public enum Role implements ActingRole {
    /** Assesses reports under the home jurisdiction's law. */
    ANALYST,
    /** Re-assesses on appeal, watches workload and welfare, may lift a welfare limit. */
    SUPERVISOR,
    /** Police officer who clears or holds takedowns so that investigations are not compromised. */
    POLICE_LIAISON,
    /** Manages staff accounts and partner keys. */
    ADMINISTRATOR,
    /** Lawyer who decides the cases the law as modelled does not settle, ending their legal review. */
    LEGAL_ADVISER
}
