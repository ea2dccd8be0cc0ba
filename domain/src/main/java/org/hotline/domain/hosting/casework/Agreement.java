package org.hotline.domain.hosting.casework;

import java.util.Objects;

import org.hotline.domain.CountryCode;
import org.hotline.domain.exchange.NetworkExchange;
import org.hotline.domain.law.CooperationAgreement;
import org.hotline.domain.law.HostingLocation;
import org.hotline.domain.law.Procedure;
import org.hotline.domain.law.StepKind;
import org.hotline.domain.law.Verdict;
import org.hotline.domain.report.AfterTrace;

/**
 * What the home jurisdiction's cooperation agreement makes of a hosting country: where the country stands (home, a
 * member hotline's, or neither, as the network exchange knows its members), the procedure, and where the case goes.
 */
final class Agreement {

    /** The agreement's answer for one country. */
    record Course(HostingLocation location, Procedure procedure, AfterTrace next) {
    }

    private final CooperationAgreement agreement;
    private final NetworkExchange exchange;

    Agreement(CooperationAgreement agreement, NetworkExchange exchange) {
        this.agreement = Objects.requireNonNull(agreement, "agreement");
        this.exchange = Objects.requireNonNull(exchange, "exchange");
    }

    /** The home jurisdiction's country. */
    CountryCode home() {
        return agreement.jurisdiction();
    }

    Course courseFor(Verdict verdict, CountryCode country) {
        HostingLocation location = locationOf(country);
        Procedure procedure = agreement.procedureFor(verdict, location);
        return new Course(location, procedure, nextOf(location, procedure));
    }

    private HostingLocation locationOf(CountryCode country) {
        if (country.equals(agreement.jurisdiction())) {
            return new HostingLocation.Home();
        }
        return exchange.hasMemberHotline(country) ? new HostingLocation.MemberHotlineCountry(country)
                : new HostingLocation.CountryWithoutHotline(country);
    }

    /**
     * Home: notice and takedown. Abroad, by the procedure's steps: a referral to the partner hotline, the police, a
     * notice to the host (takedown), or nothing to do but close.
     */
    static AfterTrace nextOf(HostingLocation location, Procedure procedure) {
        if (location instanceof HostingLocation.Home) {
            return AfterTrace.TAKEDOWN;
        }
        if (has(procedure, StepKind.REFER_TO_PARTNER_HOTLINE)) {
            return AfterTrace.REFERRAL;
        }
        if (has(procedure, StepKind.NOTIFY_POLICE)) {
            return AfterTrace.POLICE;
        }
        return has(procedure, StepKind.SEND_NOTICE_TO_HOST) ? AfterTrace.TAKEDOWN : AfterTrace.CLOSE;
    }

    private static boolean has(Procedure procedure, StepKind kind) {
        return procedure.steps().exists(step -> step.kind() == kind);
    }
}
