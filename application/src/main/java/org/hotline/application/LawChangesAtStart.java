package org.hotline.application;

import org.hotline.domain.Unavailable;
import org.hotline.domain.assessment.ReviewLawChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says at start-up whether the rule book in force (the law adapter's rules and settings, such as a commencement day)
 * would decide open cases otherwise than they were decided, and where to see them.
 */
final class LawChangesAtStart {

    private static final Logger LOG = LoggerFactory.getLogger(LawChangesAtStart.class);

    private LawChangesAtStart() {
    }

    static void report(ReviewLawChanges lawChanges) {
        try {
            int affected = lawChanges.affectedOpenCases().size();
            if (affected == 0) {
                LOG.atInfo().addKeyValue("ruleBook", lawChanges.ruleBookVersion())
                        .log("no open case would be decided otherwise under the rule book in force");
            } else {
                LOG.atWarn().addKeyValue("ruleBook", lawChanges.ruleBookVersion()).addKeyValue("cases", affected)
                        .log("open cases would be decided otherwise under the rule book in force: see /law/changes,"
                                + " or run the command 'law changes'");
            }
        } catch (Unavailable e) {
            LOG.atWarn().log("the database is unavailable, so the open cases a change of the law would affect are not"
                    + " listed now; see /law/changes once it answers");
        }
    }
}
