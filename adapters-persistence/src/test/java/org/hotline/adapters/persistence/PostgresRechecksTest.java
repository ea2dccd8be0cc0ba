package org.hotline.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.hotline.domain.recheck.Recheck;
import org.hotline.domain.recheck.RecheckOutcome;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.takedown.TakedownId;
import org.hotline.domain.testing.InMemoryAuditTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresRechecksTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    private Database database;
    private PostgresWorkbench bench;
    private PostgresRechecks rechecks;

    @BeforeEach
    void empty() {
        database = TestDatabase.empty();
        bench = new PostgresWorkbench(database, new InMemoryAuditTrail());
        rechecks = new PostgresRechecks(database);
    }

    /** A running takedown of a new case of the address. */
    private TakedownId takedownOf(CaseId caseId) {
        TakedownId id = new TakedownId(UUID.randomUUID());
        database.asOwner().useHandle(handle -> handle.createUpdate("""
                insert into takedown (id, case_id, procedure, state, started_at, procedure_steps)
                values (:id, :case, 'xt-home', 'RUNNING', :at, '[]')""")
                .bind("id", id.value()).bind("case", caseId.value()).bind("at", T0).execute());
        return id;
    }

    @Test
    void rechecks_round_trip_and_are_read_the_latest_first_for_their_case_only() {
        CaseId caseId = PostgresWorkbench.id(bench.aCase("http://example.org/a"));
        CaseId other = PostgresWorkbench.id(bench.aCase("http://example.org/b"));
        TakedownId takedown = takedownOf(caseId);
        var there = new Recheck(UUID.randomUUID(), takedown, caseId, "http://example.org/a", T0.plusSeconds(3600),
                RecheckOutcome.STILL_THERE, "The page answered 200 with the 1 fingerprinted item(s) captured before.");
        var gone = new Recheck(UUID.randomUUID(), takedown, caseId, "http://example.org/a", T0.plusSeconds(3600),
                RecheckOutcome.GONE, "The server answered 410. The takedown is closed, \"finally\".");
        var elsewhere = new Recheck(UUID.randomUUID(), takedownOf(other), other, "http://example.org/b",
                T0.plusSeconds(7200), RecheckOutcome.UNREACHABLE, "No connection within 10 s.");

        rechecks.add(there);
        rechecks.add(gone);
        rechecks.add(elsewhere);

        assertThat(rechecks.ofCase(caseId)).as("in the order kept, the same second").containsExactly(gone, there);
        assertThat(rechecks.latestOf(other)).contains(elsewhere);
        assertThat(rechecks.ofCase(PostgresWorkbench.id(bench.aCase("http://example.org/c")))).isEmpty();
    }

    @Test
    void a_detail_longer_than_kept_is_cut_with_an_ellipsis() {
        CaseId caseId = PostgresWorkbench.id(bench.aCase("http://example.org/a"));
        var long_ = new Recheck(UUID.randomUUID(), takedownOf(caseId), caseId, "http://example.org/a", T0,
                RecheckOutcome.UNREACHABLE, "x".repeat(5000));

        rechecks.add(long_);

        assertThat(rechecks.latestOf(caseId).get().detail()).hasSize(PostgresRechecks.LONGEST_DETAIL).endsWith("x\u2026");
    }
}
