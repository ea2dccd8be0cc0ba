package org.hotline.domain.takedown;

import java.time.Instant;

import org.hotline.domain.report.CaseId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Who else hears how a takedown goes on, in the unit of work of the step: for a case referred from abroad, the hotline
 * that referred it (through the network exchange).
 */
@SecondaryPort
public interface TakedownProgress {

    /** The host was asked to remove the content: the procedure's notice step was recorded, whoever asked. */
    void noticeSent(CaseId caseId, String step, Instant at);

    /** The content was seen gone, with how it was seen. */
    void removed(CaseId caseId, String evidence, Instant at);

    /** Nobody else hears. */
    static TakedownProgress none() {
        return new TakedownProgress() {
            @Override
            public void noticeSent(CaseId caseId, String step, Instant at) {
            }

            @Override
            public void removed(CaseId caseId, String evidence, Instant at) {
            }
        };
    }
}
