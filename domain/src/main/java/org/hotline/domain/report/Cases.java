package org.hotline.domain.report;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.Rejection;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Where cases are kept. */
@SecondaryPort
@Repository
public interface Cases {

    /** The code of the refusal when an identifier names no case: mistyped, tampered with, or never issued. */
    String UNKNOWN = "case.unknown";

    Option<Case> byId(CaseId id);

    /** The case an identifier, as a person or a page sent it, names; or the refusal to say there is none. */
    default Either<Rejection, Case> named(String caseId) {
        return CaseId.parse(caseId).flatMap(this::byId)
                .toEither(() -> Rejection.of(UNKNOWN, "There is no case with this identifier."));
    }


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
