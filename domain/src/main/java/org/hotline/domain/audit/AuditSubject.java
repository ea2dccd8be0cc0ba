package org.hotline.domain.audit;

import org.jmolecules.ddd.types.Identifier;

/**
 * What an audit record is about, written {@code type:id} ({@code case:3f1c...}), so that the trail of one case or one
 * member is found by its subject. Takes any identifier, so that the trail depends on none of the packages it serves.
 */
public final class AuditSubject {

    private AuditSubject() {
    }

    /** A case ({@code CaseId}). */
    public static String ofCase(Identifier caseId) {
        return "case:" + caseId;
    }

    /** A member of staff ({@code StaffId}). */
    public static String ofStaff(Identifier member) {
        return "staff:" + member;
    }

    /** A captured item ({@code ItemId}). */
    public static String ofItem(Identifier item) {
        return "item:" + item;
    }
}
