package org.hotline.application;

import java.time.Instant;
import java.util.Objects;

import org.hotline.domain.exchange.NetworkExchange;
import org.hotline.domain.exchange.ReferralStatus;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.takedown.TakedownProgress;

/**
 * A takedown's progress told, through the network exchange, to the hotline that referred its case (if one did): the
 * notice as {@code notice_sent}, the content seen gone as {@code removed}.
 */
final class ProgressToReferrer implements TakedownProgress {

    private final NetworkExchange network;

    ProgressToReferrer(NetworkExchange network) {
        this.network = Objects.requireNonNull(network, "network");
    }

    @Override
    public void noticeSent(CaseId caseId, String step, Instant at) {
        network.progressed(caseId, ReferralStatus.NOTICE_SENT, "The host was asked to remove the content (" + step + ").");
    }

    @Override
    public void removed(CaseId caseId, String evidence, Instant at) {
        network.progressed(caseId, ReferralStatus.REMOVED, evidence);
    }
}
