package org.hotline.domain.takedown;

import org.hotline.domain.Withdrawal;
import org.hotline.domain.report.CaseId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Notices to hosting providers asking them to remove content. For now only what a reversal needs: withdrawing a
 * pending notice when an appeal or a legal decision finds the material not illegal. Sending notices comes with the
 * notice-and-takedown work.
 */
@SecondaryPort
public interface TakedownNotices {

    /**
     * Withdraws the case's pending notice, telling the host why. Says that nothing was pending when no notice was
     * sent or the content is already removed; fails only when the notice channel cannot be reached.
     */
    Withdrawal withdrawNotice(CaseId caseId, String reason);
}
