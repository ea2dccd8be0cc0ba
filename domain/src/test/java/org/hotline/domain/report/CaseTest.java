package org.hotline.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.Rejection;
import org.hotline.domain.staff.StaffId;
import org.junit.jupiter.api.Test;

class CaseTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final StaffId ANNA = new StaffId(UUID.fromString("00000000-0000-4000-a000-000000000001"));
    private static final StaffId BERT = new StaffId(UUID.fromString("00000000-0000-4000-a000-000000000002"));
    private static final ClaimSettings HALF_AN_HOUR = ClaimSettings.defaults();

    @Test
    void a_case_waiting_for_assessment_is_claimed_for_the_length_the_settings_give() {
        Case.Claimed claimed = aCaseIn(new CaseState.AwaitingAssessment()).claim(ANNA, T0, new ClaimSettings(Duration.ofMinutes(10))).get();

        assertThat(claimed.after()).isEqualTo(new CaseState.InAssessment(ANNA, T0, T0.plus(Duration.ofMinutes(10))));
        assertThat(claimed.before()).isEqualTo(new CaseState.AwaitingAssessment());
        assertThat(claimed.action()).isEqualTo("case.claimed");
    }

    @Test
    void a_running_claim_of_someone_else_is_not_taken_over() {
        Case claimed = aCaseIn(claimBy(ANNA));

        assertThat(reasonOf(claimed.claim(BERT, T0.plus(Duration.ofMinutes(29)), HALF_AN_HOUR))).isEqualTo(CaseRefusal.CLAIM_TAKEN);
        assertThat(reasonOf(claimed.claim(ANNA, T0.plus(Duration.ofMinutes(29)), HALF_AN_HOUR))).isEqualTo(CaseRefusal.CLAIM_ALREADY_YOURS);
        assertThat(claimed.claimHolder(T0.plus(Duration.ofMinutes(29)))).contains(ANNA);
    }

    @Test
    void a_claim_that_ran_out_counts_as_free_from_the_moment_it_ends() {
        Case claimed = aCaseIn(claimBy(ANNA));
        Instant end = T0.plus(HALF_AN_HOUR.length());

        assertThat(claimed.claimHolder(end)).isEmpty();
        Case.Claimed takenOver = claimed.claim(BERT, end, HALF_AN_HOUR).get();
        assertThat(takenOver.before()).isEqualTo(claimBy(ANNA));
        assertThat(takenOver.after().analyst()).isEqualTo(BERT);
    }

    @Test
    void a_case_past_assessment_cannot_be_claimed() {
        assertThat(reasonOf(aCaseIn(new CaseState.AwaitingHostingTrace(T0)).claim(ANNA, T0, HALF_AN_HOUR)))
                .isEqualTo(CaseRefusal.NOT_AWAITING_ASSESSMENT);
        assertThat(reasonOf(aCaseIn(new CaseState.Closed(T0, CaseState.ClosureReason.NOT_ILLEGAL)).claim(ANNA, T0, HALF_AN_HOUR)))
                .isEqualTo(CaseRefusal.NOT_AWAITING_ASSESSMENT);
    }

    @Test
    void only_the_holder_of_a_running_claim_releases_it() {
        Case claimed = aCaseIn(claimBy(ANNA));

        assertThat(claimed.release(ANNA, T0.plusSeconds(60)).get().after()).isEqualTo(new CaseState.AwaitingAssessment());
        assertThat(reasonOf(claimed.release(BERT, T0.plusSeconds(60)))).isEqualTo(CaseRefusal.CLAIM_NOT_YOURS);
        assertThat(reasonOf(claimed.release(ANNA, T0.plus(HALF_AN_HOUR.length())))).isEqualTo(CaseRefusal.CLAIM_EXPIRED);
        assertThat(reasonOf(aCaseIn(new CaseState.AwaitingAssessment()).release(ANNA, T0))).isEqualTo(CaseRefusal.NOT_CLAIMED);
    }

    @Test
    void a_claim_lapses_only_once_it_has_run_out() {
        Case claimed = aCaseIn(claimBy(ANNA));

        assertThat(reasonOf(claimed.lapse(T0.plus(Duration.ofMinutes(29))))).isEqualTo(CaseRefusal.CLAIM_RUNNING);
        Case.ClaimLapsed lapsed = claimed.lapse(T0.plus(Duration.ofMinutes(30))).get();
        assertThat(lapsed.after()).isEqualTo(new CaseState.AwaitingAssessment());
        assertThat(lapsed.action()).isEqualTo("case.claim_lapsed");
        assertThat(reasonOf(aCaseIn(new CaseState.AwaitingAssessment()).lapse(T0))).isEqualTo(CaseRefusal.NOT_CLAIMED);
    }

    @Test
    void an_assessment_moves_the_case_on_by_what_it_found() {
        Case claimed = aCaseIn(claimBy(ANNA));
        Instant at = T0.plusSeconds(600);

        assertThat(claimed.assess(ANNA, new Finding(Finding.Kind.NOT_ILLEGAL, "Nothing sexual."), at).get().after())
                .isEqualTo(new CaseState.Closed(at, CaseState.ClosureReason.NOT_ILLEGAL, Option.some("Nothing sexual.")));
        assertThat(claimed.assess(ANNA, new Finding(Finding.Kind.ILLEGAL, "Abuse."), at).get().after())
                .isEqualTo(new CaseState.AwaitingHostingTrace(at));
        assertThat(claimed.assess(ANNA, new Finding(Finding.Kind.NEEDS_LEGAL_REVIEW, "Unsettled."), at).get().after())
                .isEqualTo(new CaseState.AwaitingLegalReview(at));
    }

    @Test
    void only_the_holder_of_a_running_claim_records_an_assessment() {
        Case claimed = aCaseIn(claimBy(ANNA));
        Finding illegal = new Finding(Finding.Kind.ILLEGAL, "Abuse.");

        assertThat(reasonOf(claimed.assess(BERT, illegal, T0.plusSeconds(60)))).isEqualTo(CaseRefusal.CLAIM_NOT_YOURS);
        assertThat(reasonOf(claimed.assess(ANNA, illegal, T0.plus(HALF_AN_HOUR.length())))).isEqualTo(CaseRefusal.CLAIM_EXPIRED);
        assertThat(reasonOf(aCaseIn(new CaseState.AwaitingAssessment()).assess(ANNA, illegal, T0))).isEqualTo(CaseRefusal.NOT_CLAIMED);
    }

    @Test
    void an_assessed_case_follows_its_appeal_and_a_case_not_yet_assessed_or_closed_otherwise_cannot_be_appealed() {
        Finding illegal = new Finding(Finding.Kind.ILLEGAL, "Abuse.");
        Case closed = aCaseIn(new CaseState.Closed(T0, CaseState.ClosureReason.NOT_ILLEGAL, Option.some("Nothing sexual.")));

        assertThat(closed.reassess(BERT, illegal, T0.plusSeconds(5)).get().after()).isEqualTo(new CaseState.AwaitingHostingTrace(T0.plusSeconds(5)));
        assertThat(aCaseIn(new CaseState.AwaitingLegalReview(T0)).reassess(BERT, illegal, T0).isRight()).isTrue();
        assertThat(reasonOf(aCaseIn(new CaseState.Closed(T0, CaseState.ClosureReason.CONTENT_REMOVED)).reassess(BERT, illegal, T0)))
                .isEqualTo(CaseRefusal.NOT_APPEALABLE);
        assertThat(reasonOf(aCaseIn(new CaseState.AwaitingAssessment()).reassess(BERT, illegal, T0))).isEqualTo(CaseRefusal.NOT_APPEALABLE);
        assertThat(reasonOf(aCaseIn(claimBy(ANNA)).reassess(BERT, illegal, T0))).isEqualTo(CaseRefusal.NOT_APPEALABLE);
    }

    @Test
    void a_referred_case_or_one_in_takedown_may_be_appealed_and_only_a_reversal_moves_it() {
        Instant later = T0.plusSeconds(60);
        for (CaseState pending : java.util.List.of(new CaseState.Forwarded(T0, "NL"), new CaseState.InTakedown(T0))) {
            Case theCase = aCaseIn(pending);

            assertThat(theCase.reassess(BERT, new Finding(Finding.Kind.ILLEGAL, "Abuse."), later).get().after())
                    .as("confirmed illegal, " + pending.name() + " stays").isEqualTo(pending);
            assertThat(theCase.reassess(BERT, new Finding(Finding.Kind.NOT_ILLEGAL, "Adults."), later).get().after())
                    .isEqualTo(new CaseState.Closed(later, CaseState.ClosureReason.NOT_ILLEGAL, Option.some("Adults.")));
            assertThat(theCase.reassess(BERT, new Finding(Finding.Kind.NEEDS_LEGAL_REVIEW, "Unsettled."), later).get().after())
                    .isEqualTo(new CaseState.AwaitingLegalReview(later));
        }
    }

    @Test
    void a_legal_adviser_ends_the_legal_review_of_a_case_that_awaits_it_and_no_other() {
        Case review = aCaseIn(new CaseState.AwaitingLegalReview(T0));
        Instant later = T0.plusSeconds(60);

        Case.LegallyDecided illegal = review.decideLegalReview(BERT, new Finding(Finding.Kind.ILLEGAL, "Limb 3."), later).get();
        Case.LegallyDecided notIllegal = review.decideLegalReview(BERT, new Finding(Finding.Kind.NOT_ILLEGAL, "Cartoon."), later).get();

        assertThat(illegal.after()).isEqualTo(new CaseState.AwaitingHostingTrace(later));
        assertThat(illegal.action()).isEqualTo("case.legal_decision");
        assertThat(notIllegal.after()).isEqualTo(new CaseState.Closed(later, CaseState.ClosureReason.NOT_ILLEGAL,
                Option.some("Cartoon.")));
        assertThat(reasonOf(aCaseIn(new CaseState.AwaitingHostingTrace(T0)).decideLegalReview(BERT,
                new Finding(Finding.Kind.NOT_ILLEGAL, "Cartoon."), later))).isEqualTo(CaseRefusal.NOT_AWAITING_LEGAL_REVIEW);
        assertThatThrownBy(() -> review.decideLegalReview(BERT, new Finding(Finding.Kind.NEEDS_LEGAL_REVIEW, "?"), later))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settling_the_hosting_moves_a_case_awaiting_the_trace_on_to_where_the_agreement_sends_it() {
        Case traced = aCaseIn(new CaseState.AwaitingHostingTrace(T0));
        Instant later = T0.plusSeconds(60);
        org.hotline.domain.CountryCode nl = new org.hotline.domain.CountryCode("NL");

        Case.HostingSettled referral = traced.settleHosting(ANNA, nl, AfterTrace.REFERRAL, later).get();

        assertThat(referral.after()).isEqualTo(new CaseState.ToRefer(later, nl));
        assertThat(referral.action()).isEqualTo("case.hosting_settled");
        assertThat(traced.apply(referral).state().describe()).isEqualTo("TO_REFER to NL");
        assertThat(traced.settleHosting(ANNA, nl, AfterTrace.TAKEDOWN, later).get().after())
                .isEqualTo(new CaseState.InTakedown(later));
        assertThat(traced.settleHosting(ANNA, nl, AfterTrace.POLICE, later).get().after())
                .isEqualTo(new CaseState.ForPolice(later, nl));
        assertThat(traced.settleHosting(ANNA, nl, AfterTrace.CLOSE, later).get().after()).isEqualTo(new CaseState.Closed(
                later, CaseState.ClosureReason.OUT_OF_REMIT, Option.some("hosted in NL")));
        assertThat(reasonOf(aCaseIn(new CaseState.AwaitingLegalReview(T0)).settleHosting(ANNA, nl, AfterTrace.REFERRAL,
                later))).isEqualTo(CaseRefusal.NOT_AWAITING_HOSTING_TRACE);
    }

    @Test
    void a_case_to_be_referred_or_for_the_police_may_be_appealed_and_stays_where_it_is_when_found_illegal() {
        org.hotline.domain.CountryCode nl = new org.hotline.domain.CountryCode("NL");
        Case toRefer = aCaseIn(new CaseState.ToRefer(T0, nl));
        Case forPolice = aCaseIn(new CaseState.ForPolice(T0, nl));
        Instant later = T0.plusSeconds(60);

        assertThat(toRefer.reassess(BERT, new Finding(Finding.Kind.ILLEGAL, "Still."), later).get().after())
                .isEqualTo(toRefer.state());
        assertThat(forPolice.reassess(BERT, new Finding(Finding.Kind.NOT_ILLEGAL, "Cartoon."), later).get().after())
                .isInstanceOf(CaseState.Closed.class);
    }

    @Test
    void a_transition_applies_only_to_the_state_it_was_made_from() {
        Case waiting = aCaseIn(new CaseState.AwaitingAssessment());
        Case.Claimed claimed = waiting.claim(ANNA, T0, HALF_AN_HOUR).get();

        assertThat(waiting.apply(claimed).state()).isEqualTo(claimed.after());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> waiting.apply(claimed).apply(claimed))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static CaseState.InAssessment claimBy(StaffId analyst) {
        return new CaseState.InAssessment(analyst, T0, T0.plus(HALF_AN_HOUR.length()));
    }

    private static Case aCaseIn(CaseState state) {
        return Case.restore(new CaseId(UUID.fromString("00000000-0000-4000-8000-0000000000c1")),
                ReportedUrl.parse("http://example.org/a").get(), T0.minusSeconds(3600),
                new ReportId(UUID.fromString("00000000-0000-4000-8000-000000000001")), state);
    }

    private static CaseRefusal reasonOf(Either<Rejection<CaseRefusal>, ?> outcome) {
        return outcome.getLeft().reason();
    }
}
