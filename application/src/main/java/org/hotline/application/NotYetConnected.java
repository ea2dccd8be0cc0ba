package org.hotline.application;

import org.hotline.domain.CountryCode;
import org.hotline.domain.Withdrawal;
import org.hotline.domain.exchange.NetworkExchange;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.takedown.TakedownNotices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The network exchange and the notice channel, until the exchange and notice-and-takedown work connects them. Cases
 * reach takedown and "to refer", but no notice or referral is sent yet, so nothing can be pending: a withdrawal is logged and answered with
 * "nothing pending". Referring is refused, saying the exchange is not connected; which countries have a member
 * hotline is read from the {@link MemberHotlines} list.
 */
final class NotYetConnected implements NetworkExchange, TakedownNotices {

    private static final Logger LOG = LoggerFactory.getLogger(NotYetConnected.class);

    private final MemberHotlines members;

    NotYetConnected(MemberHotlines members) {
        this.members = members;
    }

    /** As the list of member hotlines says, until the exchange tells. */
    @Override
    public boolean hasMemberHotline(CountryCode country) {
        return members.has(country);
    }

    @Override
    public io.vavr.control.Either<String, String> refer(CaseId caseId, CountryCode hostingCountry) {
        return io.vavr.control.Either.left("the network exchange is not connected yet");
    }

    @Override
    public Withdrawal withdrawReferral(CaseId caseId, String reason) {
        LOG.atInfo().addKeyValue("case", caseId).log("withdrawal of a referral asked; the exchange is not connected yet,"
                + " so nothing is pending");
        return new Withdrawal.NothingPending();
    }

    @Override
    public Withdrawal withdrawNotice(CaseId caseId, String reason) {
        LOG.atInfo().addKeyValue("case", caseId).log("withdrawal of a notice asked; notices are not sent yet, so nothing"
                + " is pending");
        return new Withdrawal.NothingPending();
    }
}
