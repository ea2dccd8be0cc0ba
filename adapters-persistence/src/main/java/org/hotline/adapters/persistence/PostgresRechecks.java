package org.hotline.adapters.persistence;

import java.util.Objects;
import java.util.UUID;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.hotline.domain.recheck.Recheck;
import org.hotline.domain.recheck.RecheckOutcome;
import org.hotline.domain.recheck.Rechecks;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.takedown.TakedownId;

/** The re-checks of takedowns in PostgreSQL ({@code takedown_recheck}), added and never changed. */
public final class PostgresRechecks implements Rechecks {

    /** The longest detail kept; a longer one is cut (it is English for the record, its outcome says what counts). */
    static final int LONGEST_DETAIL = 4000;

    private final Storage storage;

    public PostgresRechecks(Database database) {
        this.storage = Objects.requireNonNull(database, "database").storage();
    }

    @Override
    public void add(Recheck recheck) {
        String detail = recheck.detail().length() > LONGEST_DETAIL
                ? recheck.detail().substring(0, LONGEST_DETAIL - 1) + "\u2026" : recheck.detail();
        storage.write(handle -> handle.createUpdate("""
                insert into takedown_recheck (id, takedown_id, case_id, address, checked_at, outcome, detail)
                values (:id, :takedown, :case, :address, :at, :outcome, :detail)""")
                .bind("id", recheck.id()).bind("takedown", recheck.takedown().value())
                .bind("case", recheck.caseId().value()).bind("address", recheck.address()).bind("at", recheck.at())
                .bind("outcome", recheck.outcome().name()).bind("detail", detail)
                .execute());
    }

    @Override
    public Seq<Recheck> ofCase(CaseId caseId) {
        return storage.read(handle -> List.ofAll(handle.createQuery("""
                        select id, takedown_id, case_id, address, checked_at, outcome, detail from takedown_recheck
                        where case_id = :case order by recorded desc""")
                .bind("case", caseId.value())
                .map((rs, ctx) -> new Recheck(rs.getObject("id", UUID.class),
                        new TakedownId(rs.getObject("takedown_id", UUID.class)),
                        new CaseId(rs.getObject("case_id", UUID.class)), rs.getString("address"),
                        rs.getTimestamp("checked_at").toInstant(), RecheckOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("detail")))
                .list()));
    }
}
