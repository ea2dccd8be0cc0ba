package org.hotline.adapters.law.uk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.law.Actor;
import org.hotline.domain.law.HostingLocation;
import org.hotline.domain.law.Procedure;
import org.hotline.domain.law.Severity;
import org.hotline.domain.law.StatuteReference;
import org.hotline.domain.law.Step;
import org.hotline.domain.law.StepKind;
import org.hotline.domain.law.Verdict;
import org.junit.jupiter.api.Test;

class UkCooperationAgreementTest {

    static final Verdict INDECENT_IMAGE = new Verdict.Illegal(
            List.of(UkStatutes.PCA_1978_S1, UkStatutes.CJA_1988_S160), Option.some(new Severity(UkRules.SCALE, "A")), "test");
    private static final Verdict PROHIBITED_IMAGE = new Verdict.Illegal(List.of(UkStatutes.CJA_2009_S62), Option.none(), "test");
    private static final Verdict GENERATOR = new Verdict.Illegal(
            List.of(UkStatutes.soa2003S46A(LocalDate.of(2027, 1, 1))), Option.none(), "test");
    private static final HostingLocation HOME = new HostingLocation.Home();
    private static final HostingLocation NETHERLANDS = new HostingLocation.MemberHotlineCountry(new CountryCode("NL"));
    private static final HostingLocation NO_HOTLINE = new HostingLocation.CountryWithoutHotline(new CountryCode("XK"));

    private final UkCooperationAgreement agreement = new UkCooperationAgreement();

    @Test
    void uk_hosted_content_goes_to_the_police_first_and_then_the_hotline_sends_the_notice() {
        Procedure procedure = agreement.procedureFor(INDECENT_IMAGE, HOME);

        assertThat(procedure.steps().map(Step::id)).containsExactly("notify-police", "police-authorisation",
                "police-hold", "notice-to-host", "confirm-removal", "share-for-victim-identification");
        assertThat(procedure.noticeSender()).contains(Actor.HOTLINE);
        assertThat(procedure.step("police-authorisation").get().performer()).isEqualTo(Actor.POLICE);
        assertThat(procedure.waitsFor("notice-to-host", "police-authorisation")).isTrue();
        assertThat(procedure.waitsFor("notice-to-host", "police-hold")).isTrue();
        assertThat(procedure.waitsFor("confirm-removal", "notice-to-host")).isTrue();
    }

    @Test
    void the_notice_asks_the_host_to_preserve_evidence_and_remove() {
        assertThat(agreement.procedureFor(INDECENT_IMAGE, HOME).notice().get().description())
                .contains("preserve evidence", "remove");
    }

    @Test
    void indecent_images_are_shared_with_nca_ceop_for_victim_identification_wherever_they_are_hosted() {
        assertThat(List.of(HOME, NETHERLANDS, NO_HOTLINE).map(location -> agreement.procedureFor(INDECENT_IMAGE, location)))
                .allSatisfy(procedure -> assertThat(procedure.step("share-for-victim-identification").get().description())
                        .contains("NCA-CEOP"));
    }

    @Test
    void prohibited_images_and_generator_tools_hosted_in_the_uk_follow_police_first_without_victim_identification() {
        assertThat(List.of(PROHIBITED_IMAGE, GENERATOR).map(verdict -> agreement.procedureFor(verdict, HOME)))
                .allSatisfy(procedure -> {
                    assertThat(procedure.steps().map(Step::kind)).containsExactly(StepKind.NOTIFY_POLICE,
                            StepKind.POLICE_CLEARANCE, StepKind.POLICE_HOLD, StepKind.SEND_NOTICE_TO_HOST,
                            StepKind.CONFIRM_REMOVAL);
                    assertThat(procedure.noticeSender()).contains(Actor.HOTLINE);
                });
    }

    @Test
    void content_hosted_in_a_member_hotline_country_is_referred_through_the_exchange() {
        Procedure procedure = agreement.procedureFor(GENERATOR, NETHERLANDS);

        assertThat(procedure.steps()).singleElement().satisfies(step -> {
            assertThat(step.kind()).isEqualTo(StepKind.REFER_TO_PARTNER_HOTLINE);
            assertThat(step.description()).contains("NL", "network exchange", "URL list");
        });
    }

    @Test
    void content_hosted_where_there_is_no_member_hotline_goes_to_police_partners() {
        Procedure procedure = agreement.procedureFor(INDECENT_IMAGE, NO_HOTLINE);

        assertThat(procedure.steps().head().kind()).isEqualTo(StepKind.NOTIFY_POLICE);
        assertThat(procedure.steps().head().description()).contains("XK", "police partners");
        assertThat(procedure.notice()).isEmpty();
    }

    @Test
    void prohibited_images_hosted_abroad_are_recorded_and_closed_without_referral() {
        assertThat(List.of(NETHERLANDS, NO_HOTLINE).map(location -> agreement.procedureFor(PROHIBITED_IMAGE, location)))
                .allSatisfy(procedure -> {
                    assertThat(procedure.steps().map(Step::kind)).containsExactly(StepKind.CLOSE_CASE);
                    assertThat(procedure.steps().head().description()).contains("only when UK-hosted", "no referral");
                });
    }

    @Test
    void where_the_hosting_is_unknown_it_is_traced_first() {
        assertThat(agreement.procedureFor(PROHIBITED_IMAGE, new HostingLocation.Unknown()).steps().map(Step::kind))
                .containsExactly(StepKind.TRACE_HOSTING);
    }

    @Test
    void a_verdict_of_legal_review_goes_to_a_lawyer_and_one_of_not_illegal_closes_the_case() {
        assertThat(agreement.procedureFor(new Verdict.NeedsLegalReview("test"), HOME).steps().map(Step::kind))
                .containsExactly(StepKind.LEGAL_REVIEW);
        assertThat(agreement.procedureFor(new Verdict.NotIllegal("test"), HOME).steps().map(Step::kind))
                .containsExactly(StepKind.CLOSE_CASE);
    }

    @Test
    void an_illegal_verdict_under_a_provision_the_agreement_does_not_know_is_still_handled_as_illegal() {
        Verdict other = new Verdict.Illegal(List.of(StatuteReference.inForceSince("Some Act s.1", LocalDate.of(2000, 1, 1),
                "test")), Option.none(), "test");

        assertThat(agreement.procedureFor(other, HOME).noticeSender()).contains(Actor.HOTLINE);
        assertThat(agreement.procedureFor(other, HOME).step("share-for-victim-identification")).isEmpty();
    }

    @Test
    void no_step_has_a_deadline_as_there_is_no_statutory_one() {
        assertThat(agreement.procedureFor(INDECENT_IMAGE, HOME).steps())
                .allSatisfy(step -> assertThat(step.targetDeadline()).isEmpty());
    }
}
