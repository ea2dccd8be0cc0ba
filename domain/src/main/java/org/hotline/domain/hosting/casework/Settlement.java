package org.hotline.domain.hosting.casework;

import java.time.Instant;
import java.util.Objects;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.hosting.HostingDecision;
import org.hotline.domain.report.AfterTrace;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.staff.StaffId;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * The hosting country of a case as a member of staff settled it: on the basis of which trace (none when none was
 * recorded), the country with its basis and reason, what the cooperation agreement made of it (where the country
 * stands for it, the procedure and its steps, and where the case went), by whom and when.
 *
 * @param steps the procedure's steps, in words, as the agreement gave them
 */
@AggregateRoot
public record Settlement(@Identity SettlementId id, CaseId caseId, Option<TraceId> trace, HostingDecision decision,
        CountryStanding standing, String procedure, Seq<String> steps, AfterTrace next, StaffId by, Instant at) {

    public Settlement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(steps, "steps");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
