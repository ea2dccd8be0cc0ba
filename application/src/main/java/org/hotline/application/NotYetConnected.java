package org.hotline.application;

import org.hotline.domain.Withdrawal;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.takedown.TakedownNotices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The notice channel, until the notice-and-takedown work connects it. Cases reach takedown, but no notice is sent yet,
 * so nothing can be pending: a withdrawal is logged and answered with "nothing pending". (Referrals go through the
 * network exchange's outbox.)
 */
final class NotYetConnected implements TakedownNotices {

    private static final Logger LOG = LoggerFactory.getLogger(NotYetConnected.class);

    @Override
    public Withdrawal withdrawNotice(CaseId caseId, String reason) {
        LOG.atInfo().addKeyValue("case", caseId).log("withdrawal of a notice asked; notices are not sent yet, so nothing"
                + " is pending");
        return new Withdrawal.NothingPending();
    }
}
