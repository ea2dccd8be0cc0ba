package org.hotline.domain.hosting.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.hotline.domain.CountryCode;
import org.hotline.domain.law.Actor;
import org.hotline.domain.law.HostingLocation;
import org.hotline.domain.law.Procedure;
import org.hotline.domain.law.Step;
import org.hotline.domain.law.StepKind;
import org.hotline.domain.report.AfterTrace;
import org.junit.jupiter.api.Test;

class AgreementTest {

    private static final HostingLocation ABROAD = new HostingLocation.CountryWithoutHotline(new CountryCode("KP"));

    private static Procedure of(StepKind kind) {
        return Procedure.of("p", Step.of("s", kind, Actor.HOTLINE, "Do it."));
    }

    @Test
    void content_at_home_goes_to_takedown_whatever_the_first_step() {
        assertThat(Agreement.nextOf(new HostingLocation.Home(), of(StepKind.NOTIFY_POLICE))).isEqualTo(AfterTrace.TAKEDOWN);
        assertThat(Agreement.nextOf(new HostingLocation.Home(), of(StepKind.SEND_NOTICE_TO_HOST)))
                .isEqualTo(AfterTrace.TAKEDOWN);
    }

    @Test
    void abroad_the_procedures_steps_say_where_the_case_goes() {
        assertThat(Agreement.nextOf(ABROAD, of(StepKind.REFER_TO_PARTNER_HOTLINE))).isEqualTo(AfterTrace.REFERRAL);
        assertThat(Agreement.nextOf(ABROAD, of(StepKind.NOTIFY_POLICE))).isEqualTo(AfterTrace.POLICE);
        assertThat(Agreement.nextOf(ABROAD, of(StepKind.SEND_NOTICE_TO_HOST))).isEqualTo(AfterTrace.TAKEDOWN);
        assertThat(Agreement.nextOf(ABROAD, of(StepKind.CLOSE_CASE))).as("the UK's prohibited images abroad")
                .isEqualTo(AfterTrace.CLOSE);
    }

    @Test
    void a_referral_wins_over_police_steps_beside_it() {
        Procedure both = Procedure.of("p", Step.of("police", StepKind.NOTIFY_POLICE, Actor.HOTLINE, "Tell them."),
                Step.of("refer", StepKind.REFER_TO_PARTNER_HOTLINE, Actor.HOTLINE, "Refer."));

        assertThat(Agreement.nextOf(ABROAD, both)).isEqualTo(AfterTrace.REFERRAL);
    }
}
