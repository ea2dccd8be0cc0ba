package org.hotline.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.domain.testing.TestStaff.analyst;
import static org.hotline.domain.testing.TestStaff.staff;
import static org.hotline.domain.testing.TestStaff.supervisor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.hotline.domain.report.ClaimSettings;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.staff.Role;
import org.hotline.domain.testing.TestLaw;
import org.hotline.domain.welfare.BreakReminder;
import org.hotline.domain.welfare.DailyLimit;
import org.hotline.domain.welfare.ExposureFigures;
import org.hotline.domain.welfare.WelfareRefusal;
import org.hotline.domain.welfare.WelfareSettings;
import org.hotline.domain.welfare.Workload;
import org.junit.jupiter.api.Test;

/** The welfare policy as the workbench applies it: exposure log, daily limit, lifts, breaks and the dashboard. */
class WelfareTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private final Workbench bench = new Workbench(TestLaw.withUninvolvedReviewer(false),
            new WelfareSettings(Workbench.BRUSSELS, new DailyLimit(Duration.ofHours(1)), BreakReminder.defaults()));

    @Test
    void time_in_assessment_runs_from_the_claim_to_the_confirmation_or_the_release() {
        String first = bench.aClaimedCase("http://example.org/a", analyst(1));
        bench.clock.advance(Duration.ofMinutes(12));
        bench.desk.confirm(analyst(1), first, TestLaw.illegal()).get();
        bench.clock.advance(Duration.ofMinutes(40));
        String second = bench.aClaimedCase("http://example.org/b", analyst(1));
        bench.clock.advance(Duration.ofMinutes(5));
        bench.claims.release(analyst(1), second).get();
        bench.clock.advance(Duration.ofMinutes(30));

        ExposureFigures today = bench.welfare.status(analyst(1)).today();

        assertThat(today.timeInAssessment()).isEqualTo(Duration.ofMinutes(17));
        assertThat(today.itemsAssessed()).isEqualTo(1);
        assertThat(bench.welfare.status(analyst(2)).today()).isEqualTo(ExposureFigures.NONE);
    }

    @Test
    void a_lapsed_claim_counts_until_it_ran_out_and_a_running_one_until_now() {
        bench.aClaimedCase("http://example.org/a", analyst(1));
        bench.clock.advance(Duration.ofMinutes(10));
        assertThat(bench.welfare.status(analyst(1)).today().timeInAssessment()).isEqualTo(Duration.ofMinutes(10));

        bench.clock.advance(Duration.ofHours(2));
        assertThat(bench.welfare.status(analyst(1)).today().timeInAssessment()).isEqualTo(ClaimSettings.DEFAULT_LENGTH);
    }

    @Test
    void two_claims_held_at_once_count_each_moment_once() {
        String first = bench.aClaimedCase("http://example.org/a", analyst(1));
        bench.clock.advance(Duration.ofMinutes(10));
        String second = bench.aClaimedCase("http://example.org/b", analyst(1));
        bench.clock.advance(Duration.ofMinutes(10));
        bench.desk.confirm(analyst(1), first, TestLaw.notIllegal()).get();
        bench.clock.advance(Duration.ofMinutes(5));
        bench.desk.confirm(analyst(1), second, TestLaw.notIllegal()).get();

        assertThat(bench.welfare.status(analyst(1)).today().timeInAssessment()).isEqualTo(Duration.ofMinutes(25));
        assertThat(bench.welfare.status(analyst(1)).today().itemsAssessed()).isEqualTo(2);
    }

    @Test
    void past_the_daily_limit_the_queue_hands_out_nothing_until_midnight_where_the_hotline_is() {
        reachTheLimit(analyst(1));
        bench.aCase("http://example.org/waiting");

        assertThat(bench.claims.claimNext(analyst(1)).getLeft().reason()).isEqualTo(ClaimRefusal.LIMIT_REACHED);
        assertThat(bench.claims.claim(analyst(1), bench.aCase("http://example.org/chosen")).getLeft().reason())
                .isEqualTo(ClaimRefusal.LIMIT_REACHED);
        assertThat(bench.welfare.status(analyst(1)).mayClaim()).isFalse();
        assertThat(bench.claims.claimNext(analyst(2)).isRight()).as("another analyst is not stopped").isTrue();

        // Midnight in Brussels (UTC+1 in March) is 23:00 UTC.
        bench.clock.advance(Duration.between(bench.clock.instant(), Instant.parse("2026-03-02T22:59:59Z")));
        assertThat(bench.claims.claimNext(analyst(1)).getLeft().reason()).isEqualTo(ClaimRefusal.LIMIT_REACHED);
        bench.clock.advance(Duration.ofSeconds(1));
        assertThat(bench.claims.claimNext(analyst(1)).isRight()).isTrue();
    }

    @Test
    void a_supervisor_lifts_the_limit_for_an_analyst_and_day_and_it_is_recorded() {
        reachTheLimit(analyst(1));

        var lifted = bench.welfare.lift(supervisor(9), staff(1).toString(), MONDAY, "  Backlog of urgent referrals. ").get();

        assertThat(lifted.lift().reason()).isEqualTo("Backlog of urgent referrals.");
        assertThat(lifted.lift().liftedBy()).isEqualTo(staff(9));
        assertThat(bench.lifts.of(staff(1), MONDAY)).contains(lifted.lift());
        assertThat(bench.welfare.status(analyst(1)).limitLifted()).isTrue();
        assertThat(bench.claims.claim(analyst(1), bench.aCase("http://example.org/next")).isRight()).isTrue();
        var entry = bench.audit.entries().filter(e -> e.action().equals("welfare.limit_lifted")).single();
        assertThat(entry.actor()).contains(staff(9));
        assertThat(entry.subject()).isEqualTo("staff:" + staff(1));
        assertThat(entry.after()).contains("2026-03-02", "Backlog of urgent referrals.");
        assertThat(bench.welfare.lift(supervisor(8), staff(1).toString(), MONDAY, "Again.").getLeft().reason())
                .isEqualTo(WelfareRefusal.ALREADY_LIFTED);
    }

    @Test
    void a_lift_is_refused_to_non_supervisors_for_oneself_for_past_days_without_a_reason_or_for_no_one() {
        String anna = staff(1).toString();

        assertThat(bench.welfare.lift(analyst(2), anna, MONDAY, "Why not.").getLeft().reason()).isEqualTo(WelfareRefusal.ROLE_REQUIRED);
        assertThat(bench.welfare.lift(new Acting(staff(1), Role.SUPERVISOR), anna, MONDAY, "Me.").getLeft().reason())
                .isEqualTo(WelfareRefusal.OWN_LIMIT);
        assertThat(bench.welfare.lift(supervisor(9), anna, MONDAY.minusDays(1), "Late.").getLeft().reason())
                .isEqualTo(WelfareRefusal.DAY_PAST);
        assertThat(bench.welfare.lift(supervisor(9), anna, MONDAY, "   ").getLeft().fields().single().code())
                .isEqualTo("required");
        assertThat(bench.welfare.lift(supervisor(9), anna, MONDAY, "x".repeat(501)).getLeft().fields().single().code())
                .isEqualTo("too_long");
        assertThat(bench.welfare.lift(supervisor(9), "<script>", MONDAY, "Reason.").getLeft().reason())
                .isEqualTo(WelfareRefusal.UNKNOWN_ANALYST);
        assertThat(bench.welfare.lift(supervisor(9), anna, MONDAY.plusDays(1), "Planned overtime.").isRight())
                .as("a day to come may be lifted ahead").isTrue();
        assertThat(bench.lifts.of(staff(1), MONDAY)).isEmpty();
        assertThat(bench.audit.actions()).containsExactly("welfare.limit_lifted");
    }

    @Test
    void a_break_is_due_after_fifty_minutes_without_a_pause_of_ten() {
        String first = bench.aClaimedCase("http://example.org/a", analyst(1));
        bench.clock.advance(Duration.ofMinutes(25));
        bench.desk.confirm(analyst(1), first, TestLaw.notIllegal()).get();
        bench.clock.advance(Duration.ofMinutes(5));
        String second = bench.aClaimedCase("http://example.org/b", analyst(1));
        bench.clock.advance(Duration.ofMinutes(24));
        assertThat(bench.welfare.status(analyst(1)).stretch()).isEqualTo(Duration.ofMinutes(49));
        assertThat(bench.welfare.status(analyst(1)).breakDue()).isFalse();

        bench.clock.advance(Duration.ofMinutes(1));
        assertThat(bench.welfare.status(analyst(1)).breakDue()).as("a pause of five minutes is no break").isTrue();

        bench.claims.release(analyst(1), second).get();
        bench.clock.advance(Duration.ofMinutes(10));
        assertThat(bench.welfare.status(analyst(1)).stretch()).isZero();
        assertThat(bench.welfare.status(analyst(1)).breakDue()).isFalse();
    }

    @Test
    void a_reveal_is_counted_and_audited() {
        String id = bench.aClaimedCase("http://example.org/a", analyst(1));

        bench.welfare.reveal(analyst(1), id, "item:1").get();
        var second = bench.welfare.reveal(analyst(1), id, "item:1").get();

        assertThat(second.revealsToday()).isEqualTo(2);
        assertThat(bench.welfare.status(analyst(1)).today().reveals()).isEqualTo(2);
        assertThat(bench.audit.actions()).containsExactly("case.claimed", "preview.revealed", "preview.revealed");
        assertThat(bench.welfare.reveal(analyst(1), "00000000-0000-4000-8000-00000000dead", "item:1").getLeft().reason())
                .isEqualTo(WelfareRefusal.CASE_UNKNOWN);
        assertThat(bench.welfare.reveal(new Acting(staff(1), Role.POLICE_LIAISON), id, "item:1").getLeft().reason())
                .isEqualTo(WelfareRefusal.ROLE_REQUIRED);
        assertThat(bench.welfare.status(analyst(1)).today().reveals()).isEqualTo(2);
    }

    @Test
    void the_dashboard_shows_each_analysts_days_and_week_with_limits_reached_and_lifted() {
        reachTheLimit(analyst(1));
        bench.welfare.lift(supervisor(9), staff(1).toString(), MONDAY, "Backlog.").get();
        String id = bench.aClaimedCase("http://example.org/b", analyst(2));
        bench.welfare.reveal(analyst(2), id, "item:1").get();
        bench.clock.advance(Duration.ofMinutes(20));
        bench.desk.confirm(analyst(2), id, TestLaw.illegal()).get();
        bench.clock.advance(Duration.ofDays(1));
        String tuesday = bench.aClaimedCase("http://example.org/c", analyst(2));
        bench.clock.advance(Duration.ofMinutes(5));
        bench.desk.confirm(analyst(2), tuesday, TestLaw.notIllegal()).get();

        Workload workload = bench.welfare.week(supervisor(9), MONDAY.plusDays(3)).get();

        assertThat(workload.firstDay()).isEqualTo(MONDAY);
        assertThat(workload.lastDay()).isEqualTo(MONDAY.plusDays(6));
        assertThat(workload.analysts().map(Workload.AnalystWeek::analyst)).containsExactly(staff(1), staff(2));
        Workload.AnalystWeek anna = workload.analysts().get(0);
        assertThat(anna.days()).hasSize(7);
        assertThat(anna.days().head().figures().timeInAssessment()).isEqualTo(Duration.ofHours(1));
        assertThat(anna.days().head().limitReached()).isTrue();
        assertThat(anna.days().head().limitLifted()).isTrue();
        assertThat(anna.limitReached()).isTrue();
        Workload.AnalystWeek bert = workload.analysts().get(1);
        assertThat(bert.days().get(0).figures()).isEqualTo(new ExposureFigures(1, Duration.ofMinutes(20), 1));
        assertThat(bert.days().get(1).figures()).isEqualTo(new ExposureFigures(1, Duration.ofMinutes(5), 0));
        assertThat(bert.week()).isEqualTo(new ExposureFigures(2, Duration.ofMinutes(25), 1));
        assertThat(bert.limitReached()).isFalse();
        assertThat(bert.limitLifted()).isFalse();
        assertThat(bench.welfare.week(analyst(2), MONDAY).getLeft().reason()).isEqualTo(WelfareRefusal.ROLE_REQUIRED);
    }

    @Test
    void a_spell_over_midnight_counts_on_each_day_of_the_hotline_for_its_part() {
        // 22:50 UTC is 23:50 in Brussels.
        bench.clock.advance(Duration.between(bench.clock.instant(), Instant.parse("2026-03-02T22:50:00Z")));
        String id = bench.aClaimedCase("http://example.org/a", analyst(1));
        bench.clock.advance(Duration.ofMinutes(25));
        bench.claims.release(analyst(1), id).get();

        var days = bench.welfare.week(supervisor(9), MONDAY).get().analysts().single().days();

        assertThat(days.get(0).figures().timeInAssessment()).isEqualTo(Duration.ofMinutes(10));
        assertThat(days.get(1).figures().timeInAssessment()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void the_count_of_limits_reached_today_is_there_for_a_metric() {
        assertThat(bench.welfare.limitsReachedToday()).isZero();
        reachTheLimit(analyst(1));
        bench.aClaimedCase("http://example.org/other", analyst(2));
        bench.clock.advance(Duration.ofMinutes(1));

        assertThat(bench.welfare.limitsReachedToday()).isEqualTo(1);
        bench.clock.advance(Duration.ofDays(1));
        assertThat(bench.welfare.limitsReachedToday()).isZero();
    }

    /** Two claims left to lapse: an hour in assessment, the limit of this bench. */
    @Test
    void a_lift_is_only_for_an_active_analyst() {
        String supervisorNotAnalyst = staff(8).toString();
        String nobody = new org.hotline.domain.staff.StaffId(java.util.UUID.randomUUID()).toString();
        var anna = bench.staff.byId(staff(1)).get();
        bench.staff.update(org.hotline.domain.staff.StaffMember.restore(anna.id(), anna.username(), anna.displayName(),
                anna.roles(), false, anna.passwordHash(), 0, io.vavr.control.Option.none(), false, anna.createdAt(),
                anna.updatedAt()));

        for (String notAnActiveAnalyst : java.util.List.of(supervisorNotAnalyst, nobody, staff(1).toString())) {
            assertThat(bench.welfare.lift(supervisor(9), notAnActiveAnalyst, MONDAY, "Backlog.").getLeft().reason())
                    .as(notAnActiveAnalyst).isEqualTo(WelfareRefusal.UNKNOWN_ANALYST);
        }
        assertThat(bench.lifts.between(MONDAY, MONDAY)).isEmpty();
        assertThat(bench.audit.actions()).isEmpty();
    }

    @Test
    void a_reason_with_a_nul_or_another_control_character_is_refused_beside_its_field() {
        var refused = bench.welfare.lift(supervisor(9), staff(1).toString(), MONDAY, "Backlog\u0000").getLeft();
        assertThat(refused.reason()).isEqualTo(WelfareRefusal.REASON_INVALID);
        assertThat(refused.fields().single().code()).isEqualTo(org.hotline.domain.PlainText.FORBIDDEN);
        assertThat(refused.fields().single().field()).isEqualTo("reason");
        assertThat(bench.welfare.lift(supervisor(9), staff(1).toString(), MONDAY, "Backlog,\nthen a second line.")
                .isRight()).isTrue();
    }

    @Test
    void the_dashboard_shows_no_week_outside_the_years_it_covers() {
        for (LocalDate extreme : java.util.List.of(LocalDate.MAX, LocalDate.MIN, LocalDate.of(1989, 12, 31),
                LocalDate.of(9999, 12, 31))) {
            assertThat(bench.welfare.week(supervisor(9), extreme).getLeft().reason()).as(extreme.toString())
                    .isEqualTo(WelfareRefusal.WEEK_OUT_OF_RANGE);
        }
        assertThat(bench.welfare.week(supervisor(9), LocalDate.of(9999, 12, 24)).isRight()).isTrue();
        assertThat(bench.welfare.week(supervisor(9), LocalDate.of(1990, 1, 1)).isRight()).isTrue();
    }

    private void reachTheLimit(Acting analyst) {
        String id = bench.aClaimedCase("http://example.org/limit/" + analyst.staff(), analyst);
        bench.clock.advance(ClaimSettings.DEFAULT_LENGTH);
        bench.claims.claim(analyst, id).get();
        bench.clock.advance(ClaimSettings.DEFAULT_LENGTH);
    }
}
