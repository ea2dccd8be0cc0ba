package org.hotline.domain.report;

import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Where cases are kept. */
@SecondaryPort
@Repository
public interface Cases {

    Option<Case> byId(CaseId id);

    /**
     * The case an identifier, as a person or a page sent it, names; none where it names no case (mistyped, tampered
     * with, or never issued). Each use case refuses that with its own reason.
     */
    default Option<Case> named(String caseId) {
        return CaseId.parse(caseId).flatMap(this::byId);
    }

    /** The English words for an identifier that names no case. */
    String NO_SUCH_CASE = "There is no case with this identifier.";


    /** The open case of an address, if it has one (there is never more than one). */
    Option<Case> openCaseOf(ReportedUrl url);

    /**
     * Stores a transition, if the stored case is still in the state the transition was made from; a conditional
     * update, so that of two people changing one case at once exactly one succeeds. Refused also where the
     * transition would reopen a closed case while its address has another open case.
     *
     * @return true when stored; false when someone changed the case first (or its address has an open case)
     */
    boolean change(Case.Transition transition);
}
