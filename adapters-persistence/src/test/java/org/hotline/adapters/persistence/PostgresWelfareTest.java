package org.hotline.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.domain.testing.TestStaff.analyst;
import static org.hotline.adapters.persistence.PostgresWorkbench.id;
import static org.hotline.domain.testing.TestStaff.staff;
import static org.hotline.domain.testing.TestStaff.supervisor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import io.vavr.control.Option;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.testing.InMemoryAuditTrail;
import org.hotline.domain.testing.TestLaw;
import org.hotline.domain.welfare.Exposure;
import org.hotline.domain.welfare.ExposureFigures;
import org.hotline.domain.welfare.LimitLift;
import org.hotline.domain.welfare.Spell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresWelfareTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private PostgresWorkbench bench;
    private CaseId caseId;

    @BeforeEach
    void emptyDatabase() {
        bench = new PostgresWorkbench(TestDatabase.empty(), new InMemoryAuditTrail());
        caseId = id(bench.aCase("http://example.org/a"));
    }

    @Test
    void spells_round_trip_and_are_found_by_the_time_they_may_count() {
        Spell released = Spell.begin(staff(1), caseId, T0, T0.plus(Duration.ofMinutes(30)));
        Spell lapsed = Spell.begin(staff(2), caseId, T0.plus(Duration.ofMinutes(40)), T0.plus(Duration.ofMinutes(70)));
        bench.exposure.began(released);
        bench.exposure.began(lapsed);
        bench.exposure.ended(staff(1), caseId, T0, T0.plus(Duration.ofMinutes(5)), Spell.Ending.RELEASED);
        bench.exposure.ended(staff(1), caseId, T0, T0.plus(Duration.ofMinutes(9)), Spell.Ending.ASSESSED);

        Spell ended = released.end(T0.plus(Duration.ofMinutes(5)), Spell.Ending.RELEASED);
        assertThat(bench.exposure.spells(Option.none(), T0, T0.plus(Duration.ofHours(2)))).containsExactly(ended, lapsed);
        assertThat(bench.exposure.spells(Option.some(staff(2)), T0, T0.plus(Duration.ofHours(2)))).containsExactly(lapsed);
        assertThat(bench.exposure.spells(Option.none(), T0.plus(Duration.ofMinutes(5)), T0.plus(Duration.ofMinutes(40))))
                .as("ended at the start of the period, or begun at its end").isEmpty();
        assertThat(bench.exposure.spells(Option.none(), T0.plus(Duration.ofMinutes(69)), T0.plus(Duration.ofHours(5))))
                .containsExactly(lapsed);
    }

    @Test
    void exposures_round_trip_within_their_period() {
        var item = new Exposure(staff(1), Exposure.Kind.ITEM_ASSESSED, caseId, T0);
        var reveal = new Exposure(staff(1), Exposure.Kind.PREVIEW_REVEALED, caseId, T0.plusSeconds(60));
        var other = new Exposure(staff(2), Exposure.Kind.PREVIEW_REVEALED, caseId, T0.plusSeconds(120));
        bench.exposure.record(item);
        bench.exposure.record(reveal);
        bench.exposure.record(other);

        assertThat(bench.exposure.exposures(Option.none(), T0, T0.plusSeconds(121))).containsExactly(item, reveal, other);
        assertThat(bench.exposure.exposures(Option.some(staff(1)), T0.plusSeconds(1), T0.plusSeconds(600))).containsExactly(reveal);
        assertThat(bench.exposure.exposures(Option.none(), T0, T0.plusSeconds(60))).containsExactly(item);
    }

    @Test
    void a_lift_is_kept_once_per_analyst_and_day() {
        var lift = new LimitLift(staff(1), MONDAY, staff(9), T0, "Backlog of referrals, \"urgent\".");

        assertThat(bench.lifts.add(lift)).isTrue();
        assertThat(bench.lifts.add(new LimitLift(staff(1), MONDAY, staff(8), T0.plusSeconds(5), "Again."))).isFalse();
        assertThat(bench.lifts.add(new LimitLift(staff(1), MONDAY.plusDays(1), staff(9), T0, "Tomorrow too."))).isTrue();

        assertThat(bench.lifts.of(staff(1), MONDAY)).contains(lift);
        assertThat(bench.lifts.of(staff(2), MONDAY)).isEmpty();
        assertThat(bench.lifts.between(MONDAY, MONDAY).map(LimitLift::reason)).containsExactly("Backlog of referrals, \"urgent\".");
        assertThat(bench.lifts.between(MONDAY, MONDAY.plusDays(6))).hasSize(2);
    }

    @Test
    void the_dashboard_reads_the_week_from_the_database() {
        String id = bench.aCase("http://example.org/b");
        bench.clock.advance(Duration.between(bench.clock.instant(), T0));
        bench.claims.claim(analyst(1), id).get();
        bench.welfare.reveal(analyst(1), id, "item:1").get();
        bench.clock.advance(Duration.ofMinutes(14));
        bench.desk.confirm(analyst(1), id, TestLaw.unsettled()).get();
        bench.welfare.lift(supervisor(9), staff(1).toString(), MONDAY.plusDays(2), "Planned.").get();

        var week = bench.welfare.week(supervisor(9), MONDAY).get().analysts().single();

        assertThat(week.analyst()).isEqualTo(staff(1));
        assertThat(week.days().head().figures()).isEqualTo(new ExposureFigures(1, Duration.ofMinutes(14), 1));
        assertThat(week.days().get(2).limitLifted()).isTrue();
        assertThat(week.week()).isEqualTo(new ExposureFigures(1, Duration.ofMinutes(14), 1));
        assertThat(bench.welfare.limitsReachedToday()).isZero();
    }
}
