package org.hotline.adapters.law.be;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.law.Actor;
import org.hotline.domain.law.HostingLocation;
import org.hotline.domain.law.Procedure;
import org.hotline.domain.law.Step;
import org.hotline.domain.law.StepKind;
import org.hotline.domain.law.Verdict;
import org.junit.jupiter.api.Test;

class BelgianCooperationProtocolTest {

    private static final Verdict ILLEGAL = new Verdict.Illegal(List.of(BelgianStatutes.ART_417_43_1), Option.none(), "test");

    private final BelgianCooperationProtocol protocol = new BelgianCooperationProtocol();

    @Test
    void home_hosted_illegal_content_goes_to_the_federal_police_first_and_the_police_contact_the_host() {
        Procedure procedure = protocol.procedureFor(ILLEGAL, new HostingLocation.Home());

        assertThat(procedure.steps().map(Step::kind)).containsExactly(StepKind.NOTIFY_POLICE,
                StepKind.JUDICIAL_APPROVAL, StepKind.SEND_NOTICE_TO_HOST, StepKind.WRITTEN_REMOVAL_ORDER);
        assertThat(procedure.steps().head().performer()).isEqualTo(Actor.HOTLINE);
        assertThat(procedure.noticeSender()).contains(Actor.POLICE);
        assertThat(procedure.steps().filter(s -> s.performer() == Actor.HOTLINE).map(Step::kind))
                .containsExactly(StepKind.NOTIFY_POLICE);
    }

    @Test
    void the_police_contact_the_host_only_after_the_magistrate_s_verbal_approval() {
        Procedure procedure = protocol.procedureFor(ILLEGAL, new HostingLocation.Home());

        assertThat(procedure.step("magistrate-verbal-approval").get().performer()).isEqualTo(Actor.MAGISTRATE);
        assertThat(procedure.waitsFor("police-notice-to-host", "magistrate-verbal-approval")).isTrue();
        assertThat(procedure.waitsFor("police-notice-to-host", "notify-federal-police")).isTrue();
    }

    @Test
    void permanent_removal_follows_a_written_order_of_the_magistrate() {
        Step order = protocol.procedureFor(ILLEGAL, new HostingLocation.Home()).step("written-removal-order").get();

        assertThat(order.performer()).isEqualTo(Actor.MAGISTRATE);
        assertThat(order.requires()).containsExactly("police-notice-to-host");
    }

    @Test
    void no_step_has_a_deadline_as_the_protocol_sets_none() {
        assertThat(protocol.procedureFor(ILLEGAL, new HostingLocation.Home()).steps())
                .allSatisfy(step -> assertThat(step.targetDeadline()).isEmpty());
    }

    @Test
    void content_hosted_in_a_member_hotline_country_is_referred_through_the_network_exchange() {
        Procedure procedure = protocol.procedureFor(ILLEGAL, new HostingLocation.MemberHotlineCountry(new CountryCode("NL")));

        assertThat(procedure.steps()).singleElement().satisfies(step -> {
            assertThat(step.kind()).isEqualTo(StepKind.REFER_TO_PARTNER_HOTLINE);
            assertThat(step.description()).contains("network exchange", "NL");
        });
        assertThat(procedure.notice()).isEmpty();
    }

    @Test
    void content_hosted_in_a_country_without_a_hotline_goes_to_the_federal_police() {
        Procedure procedure = protocol.procedureFor(ILLEGAL, new HostingLocation.CountryWithoutHotline(new CountryCode("XK")));

        assertThat(procedure.steps()).singleElement().satisfies(step -> {
            assertThat(step.kind()).isEqualTo(StepKind.NOTIFY_POLICE);
            assertThat(step.description()).contains("Federal Police", "XK");
        });
    }

    @Test
    void where_the_hosting_is_unknown_it_is_traced_first() {
        assertThat(protocol.procedureFor(ILLEGAL, new HostingLocation.Unknown()).steps().map(Step::kind))
                .containsExactly(StepKind.TRACE_HOSTING);
    }

    @Test
    void a_legal_review_comes_before_anything_else_wherever_the_content_is() {
        Verdict review = new Verdict.NeedsLegalReview("test");

        assertThat(List.of(new HostingLocation.Home(), new HostingLocation.Unknown()).map(l -> protocol.procedureFor(review, l)))
                .allSatisfy(p -> assertThat(p.steps().map(Step::kind)).containsExactly(StepKind.LEGAL_REVIEW));
    }

    @Test
    void material_that_is_not_illegal_closes_the_case() {
        assertThat(protocol.procedureFor(new Verdict.NotIllegal("test"), new HostingLocation.Home()).steps().map(Step::kind))
                .containsExactly(StepKind.CLOSE_CASE);
    }

    @Test
    void the_verdict_day_does_not_change_the_home_procedure() {
        Verdict earlier = new Verdict.Illegal(List.of(BelgianStatutes.ART_383BIS), Option.none(), "before 2022");

        assertThat(protocol.procedureFor(earlier, new HostingLocation.Home()))
                .isEqualTo(protocol.procedureFor(ILLEGAL, new HostingLocation.Home()));
        assertThat(BelgianStatutes.ART_383BIS.inForceOn(LocalDate.of(2020, 1, 1))).isTrue();
    }
}
