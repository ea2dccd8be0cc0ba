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
 * @param filter the narrowing asked for, as the form shows it, and the pages of the list
 */
public record QueuePage(Messages t, String stage, List<Row> rows, long waiting, long openCases, boolean mayClaim,
        WelfareBanner welfare, Optional<String> refusal, Filter filter) {

    /** The priorities and waits a list can be narrowed to, by name. */
    public static final List<String> PRIORITIES = List.of("URGENT", "HIGH", "NORMAL");
    public static final List<String> WAITS = List.of("UNDER_A_DAY", "A_DAY_TO_A_WEEK", "OVER_A_WEEK", "OVER_A_MONTH");

    /**
     * The narrowing as typed, with what was wrong with it, the count it matches, and the pages.
     *
     * @param matching how many cases the narrowing takes in
     * @param page the page shown, from 1
     * @param pages how many pages there are
     * @param query the narrowing as a query string, for the links to other pages; empty when nothing narrows
     */
    public record Filter(String priority, String waiting, String host, FieldErrors errors, long matching, long page,
            long pages, String query) {

        public boolean narrows() {
            return !query.isEmpty();
        }

        /** The address of another page of the same list with the same narrowing. */
        public String pageLink(String path, long other) {
            return path + "?" + (query.isEmpty() ? "" : query + "&") + "page=" + other;
        }
    }

    public String path() {
        return LISTS.stream().filter(list -> list.name().equals(stage)).findFirst().orElseThrow().path();
    }

    /** The lists of waiting cases, each by its stage and address: the tabs above every list. */
    public static final List<Stage> LISTS = List.of(new Stage("ASSESSMENT", "/queue"),
            new Stage("HOSTING_TRACE", "/queue/hosting-trace"), new Stage("LEGAL_REVIEW", "/queue/legal-review"),
            new Stage("REFERRAL", "/queue/to-refer"), new Stage("POLICE", "/queue/for-police"));

    /** A list of waiting cases: its stage and its address. */
    public record Stage(String name, String path) {
    }

    public boolean isAnalystQueue() {
        return stage.equals("ASSESSMENT");
    }

    /**
     * One waiting case.
     *
     * @param capture where its latest capture stands: {@code NONE}, {@code PENDING}, {@code RETRYING}, {@code RUNNING},
     *     {@code DONE} or {@code FAILED}
     */
    public record Row(String caseId, String address, String openedAt, String priority, String state, int reportCount,
            List<FoldedReport> reports, Optional<Claim> claim, String capture, int knownItems) {

        /** A row whose capture found nothing known. */
        public Row(String caseId, String address, String openedAt, String priority, String state, int reportCount,
                List<FoldedReport> reports, Optional<Claim> claim, String capture) {
            this(caseId, address, openedAt, priority, state, reportCount, reports, claim, capture, 0);
        }

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
