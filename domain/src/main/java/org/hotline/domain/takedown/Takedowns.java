package org.hotline.domain.takedown;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.report.CaseId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Where takedowns are kept: one per case at most, with its steps done and its police holds. */
@SecondaryPort
@Repository
public interface Takedowns {

    /** The case's takedown, running or ended, if it ever had one. */
    Option<Takedown> ofCase(CaseId caseId);

    /** The takedowns not ended (running or on police hold), the oldest first. */
    Seq<Takedown> running();

    /** Stores a new takedown (version 0). Fails when the case has a takedown already. */
    void add(Takedown takedown);

    /**
     * Stores a takedown after a change, if the stored one is still the version the change was made from (one less
     * than {@code after.version()}): of two people changing one takedown at once exactly one succeeds.
     *
     * @return true when stored; false when someone changed the takedown first
     */
    boolean change(Takedown after);
}
