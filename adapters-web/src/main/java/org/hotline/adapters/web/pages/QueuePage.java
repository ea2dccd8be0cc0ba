package org.hotline.adapters.web.pages;

import java.util.List;
import java.util.Optional;

import org.hotline.adapters.web.Messages;

/**
 * A list of cases waiting at one stage of the work, the most urgent first and oldest first within a priority, with
 * the reports folded under each case. The analyst queue ({@code ASSESSMENT}) also shows who holds a claim on each case
 * and, to an analyst the welfare policy lets claim, the buttons to claim.
 *
 * @param stage the stage's name: {@code ASSESSMENT}, {@code HOSTING_TRACE} or {@code LEGAL_REVIEW}
 * @param waiting how many cases wait at the stage (the list shows at most a page of them)
 * @param openCases how many cases are open at every stage
 * @param mayClaim true when the claim buttons are shown: the member is an analyst the welfare policy lets claim
 * @param refusal why a claim just asked for was refused, in words
 */
public record QueuePage(Messages t, String stage, List<Row> rows, long waiting, long openCases, boolean mayClaim,
        WelfareBanner welfare, Optional<String> refusal) {

    /** The lists of waiting cases, each by its stage and address: the tabs above every list. */
    public static final List<Stage> LISTS = List.of(new Stage("ASSESSMENT", "/queue"),
            new Stage("HOSTING_TRACE", "/queue/hosting-trace"), new Stage("LEGAL_REVIEW", "/queue/legal-review"));

    /** A list of waiting cases: its stage and its address. */
    public record Stage(String name, String path) {
    }

    public boolean isAnalystQueue() {
        return stage.equals("ASSESSMENT");
    }

    /** One waiting case. */
    public record Row(String caseId, String address, String openedAt, String priority, String state, int reportCount,
            List<FoldedReport> reports, Optional<Claim> claim) {

        public int notShown() {
            return reportCount - reports.size();
        }
    }

    /** A running claim: who holds it and until when; {@code mine} when the reader holds it. */
    public record Claim(String holder, String until, boolean mine) {
    }

    /** One report of a case. */
    public record FoldedReport(String reference, String receivedAt, String channel, String seen) {
    }
}
