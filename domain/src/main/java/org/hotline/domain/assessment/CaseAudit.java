package org.hotline.domain.assessment;

import org.hotline.domain.audit.AuditEntry;
import org.hotline.domain.audit.AuditSubject;
import org.hotline.domain.report.Case;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.staff.Acting;

/** How the workbench's changes to cases are written in the audit trail. */
final class CaseAudit {

    private CaseAudit() {
    }

    static String subject(CaseId id) {
        return AuditSubject.ofCase(id);
    }

    static AuditEntry of(Acting who, Case.Transition transition) {
        return of(who, transition, transition.after().describe());
    }

    /** As {@link #of(Acting, Case.Transition)}, with what the state after it does not say (such as the verdict). */
    static AuditEntry of(Acting who, Case.Transition transition, String after) {
        return AuditEntry.byStaff(who.staff(), who.role(), transition.at(), transition.action(),
                subject(transition.caseId()), transition.before().describe(), after);
    }

    static AuditEntry bySystem(Case.Transition transition) {
        return bySystem(transition, transition.after().describe());
    }

    /** As {@link #bySystem(Case.Transition)}, with what the state after it does not say. */
    static AuditEntry bySystem(Case.Transition transition, String after) {
        return AuditEntry.bySystem(transition.at(), transition.action(), subject(transition.caseId()),
                transition.before().describe(), after);
    }
}
