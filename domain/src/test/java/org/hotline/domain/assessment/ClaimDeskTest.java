package org.hotline.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.domain.testing.TestStaff.analyst;
import static org.hotline.domain.testing.TestStaff.supervisor;

import java.time.Duration;

import org.hotline.domain.audit.AuditEntry;
import org.hotline.domain.report.Case;
import org.hotline.domain.report.CaseState;
import org.hotline.domain.report.Channel;
import org.hotline.domain.report.ClaimSettings;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.staff.Role;
import org.hotline.domain.testing.TestStaff;
import org.hotline.domain.welfare.Spell;
import org.junit.jupiter.api.Test;

class ClaimDeskTest {

    private final Workbench bench = new Workbench();

    @Test
    void claim_next_hands_out_the_most_urgent_case_first_and_each_case_to_one_analyst() {
        String normal = bench.aCase("http://example.org/text", Channel.WEB_FORM, "TEXT");
        bench.clock.advance(Duration.ofMinutes(1));
        String high = bench.aCase("http://example.org/images", Channel.WEB_FORM, "IMAGES");
        bench.clock.advance(Duration.ofMinutes(1));
        String urgent = bench.aCase("http://example.org/referred", Channel.NETWORK_REFERRAL, "OTHER");

        assertThat(bench.claims.claimNext(analyst(1)).get().caseId().toString()).isEqualTo(urgent);
        assertThat(bench.claims.claimNext(analyst(2)).get().caseId().toString()).isEqualTo(high);
        assertThat(bench.claims.claimNext(analyst(3)).get().caseId().toString()).isEqualTo(normal);
        assertThat(bench.claims.claimNext(analyst(4)).getLeft().reason()).isEqualTo(ClaimRefusal.QUEUE_EMPTY);
    }

    @Test
    void a_claim_is_audited_starts_a_spell_of_assessment_time_and_shows_in_the_queue() {
        String id = bench.aCase("http://example.org/a");

        Case.Claimed claimed = bench.claims.claim(analyst(1), id).get();

        assertThat(claimed.after().expiresAt()).isEqualTo(bench.clock.instant().plus(ClaimSettings.DEFAULT_LENGTH));
        AuditEntry entry = bench.audit.entries().single();
        assertThat(entry.action()).isEqualTo("case.claimed");
        assertThat(entry.actor()).contains(TestStaff.staff(1));
        assertThat(entry.role()).contains(Role.ANALYST);
        assertThat(entry.subject()).isEqualTo("case:" + id);
        assertThat(entry.before()).isEqualTo("AWAITING_ASSESSMENT");
        assertThat(entry.after()).startsWith("IN_ASSESSMENT by " + TestStaff.staff(1));
        assertThat(bench.exposure.allSpells().single())
                .isEqualTo(Spell.begin(TestStaff.staff(1), claimed.caseId(), claimed.at(), claimed.after().expiresAt()));
        assertThat(bench.queue.list(10).entries().single().claimedBy()).contains(TestStaff.staff(1));
    }

    @Test
    void a_case_someone_else_holds_is_refused_with_nothing_changed() {
        String id = bench.aClaimedCase("http://example.org/a", analyst(1));
        CaseState before = bench.stateOf(id);

        assertThat(bench.claims.claim(analyst(2), id).getLeft().reason()).isEqualTo(ClaimRefusal.TAKEN);
        assertThat(bench.claims.claimNext(analyst(2)).getLeft().reason()).isEqualTo(ClaimRefusal.QUEUE_EMPTY);
        assertThat(bench.stateOf(id)).isEqualTo(before);
        assertThat(bench.audit.actions()).containsExactly("case.claimed");
        assertThat(bench.exposure.allSpells()).hasSize(1);
    }

    @Test
    void a_claim_that_ran_out_is_free_for_the_next_analyst() {
        String id = bench.aClaimedCase("http://example.org/a", analyst(1));
        bench.clock.advance(ClaimSettings.DEFAULT_LENGTH);

        Case.Claimed takenOver = bench.claims.claimNext(analyst(2)).get();

        assertThat(takenOver.caseId().toString()).isEqualTo(id);
        assertThat(bench.stateOf(id)).isEqualTo(takenOver.after());
        assertThat(bench.audit.entries().last().before()).startsWith("IN_ASSESSMENT by " + TestStaff.staff(1));
    }

    @Test
    void tampered_or_unknown_case_identifiers_are_refused() {
        bench.aCase("http://example.org/a");

        for (String tampered : new String[] {"", "not-a-case", "00000000-0000-4000-8000-999999999999", "1' or '1'='1",
                "00000000-0000-4000-8000-000000000002x", null}) {
            assertThat(bench.claims.claim(analyst(1), tampered).getLeft().reason()).as(String.valueOf(tampered))
                    .isEqualTo(ClaimRefusal.CASE_UNKNOWN);
            assertThat(bench.claims.release(analyst(1), tampered).getLeft().reason()).isEqualTo(ClaimRefusal.CASE_UNKNOWN);
        }
        assertThat(bench.audit.entries()).isEmpty();
    }

    @Test
    void only_an_analyst_claims() {
        String id = bench.aCase("http://example.org/a");

        assertThat(bench.claims.claim(supervisor(9), id).getLeft().reason()).isEqualTo(ClaimRefusal.ROLE_REQUIRED);
        assertThat(bench.claims.claimNext(new Acting(TestStaff.staff(9), Role.POLICE_LIAISON)).getLeft().reason())
                .isEqualTo(ClaimRefusal.ROLE_REQUIRED);
        assertThat(bench.stateOf(id)).isEqualTo(new CaseState.AwaitingAssessment());
    }

    @Test
    void the_holder_releases_a_claim_and_the_case_goes_back_to_the_queue() {
        String id = bench.aClaimedCase("http://example.org/a", analyst(1));
        bench.clock.advance(Duration.ofMinutes(7));

        Case.ClaimReleased released = bench.claims.release(analyst(1), id).get();

        assertThat(bench.stateOf(id)).isEqualTo(new CaseState.AwaitingAssessment());
        assertThat(bench.audit.actions()).containsExactly("case.claimed", "case.claim_released");
        Spell spell = bench.exposure.allSpells().single();
        assertThat(spell.end()).contains(released.at());
        assertThat(spell.ending()).contains(Spell.Ending.RELEASED);
        assertThat(bench.claims.claimNext(analyst(2)).get().caseId().toString()).isEqualTo(id);
    }

    @Test
    void a_claim_is_released_by_its_holder_only_and_only_while_it_runs() {
        String id = bench.aClaimedCase("http://example.org/a", analyst(1));

        assertThat(bench.claims.release(analyst(2), id).getLeft().reason()).isEqualTo(ClaimRefusal.NOT_YOURS);
        bench.clock.advance(ClaimSettings.DEFAULT_LENGTH);
        assertThat(bench.claims.release(analyst(1), id).getLeft().reason()).isEqualTo(ClaimRefusal.EXPIRED);
        assertThat(bench.audit.actions()).containsExactly("case.claimed");
    }

    @Test
    void lapsed_claims_are_tidied_up_by_the_program_and_audited_as_its_own() {
        String lapsing = bench.aClaimedCase("http://example.org/a", analyst(1));
        bench.clock.advance(Duration.ofMinutes(20));
        String running = bench.aClaimedCase("http://example.org/b", analyst(2));
        bench.clock.advance(Duration.ofMinutes(10));

        assertThat(bench.claims.releaseLapsed()).isEqualTo(1);

        assertThat(bench.stateOf(lapsing)).isEqualTo(new CaseState.AwaitingAssessment());
        assertThat(bench.stateOf(running)).isInstanceOf(CaseState.InAssessment.class);
        AuditEntry entry = bench.audit.entries().last();
        assertThat(entry.action()).isEqualTo("case.claim_lapsed");
        assertThat(entry.actor()).isEmpty();
        assertThat(bench.claims.releaseLapsed()).isZero();
    }
}
