package org.hotline.adapters.web.pages;

import java.util.List;
import java.util.Optional;

import org.hotline.adapters.web.Messages;

/**
 * The open cases the rule book now in force would decide otherwise, for supervisors and legal advisers to decide
 * again (by appeal or legal decision): each with the verdict it follows and the verdict it would get now.
 *
 * @param ruleBook the version of the rule book now in force
 */
public record LawChangesPage(Messages t, String ruleBook, List<Row> rows) {

    /**
     * One case.
     *
     * @param recorded the verdict the case follows, with the rule book and the day whose law it applied
     * @param now what the rules now in force say of the same answers under the law of the same day
     * @param unreadable why the rules now in force cannot judge the recorded answers, where they cannot
     */
    public record Row(String caseId, String address, String state, String decidedAt, VerdictView recorded,
            Optional<VerdictView> now, Optional<String> unreadable) {
    }
}
