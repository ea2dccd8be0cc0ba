package org.hotline.adapters.web.pages;

import java.util.List;

import org.hotline.adapters.web.Messages;

/** The analyst queue: open cases, oldest first, with the reports folded under each. */
public record QueuePage(Messages t, List<Row> rows, long openCases) {

    /** One open case. */
    public record Row(String caseId, String address, String openedAt, String state, int reportCount,
            List<FoldedReport> reports) {

        public int notShown() {
            return reportCount - reports.size();
        }
    }

    /** One report of a case. */
    public record FoldedReport(String reference, String receivedAt, String channel, String seen) {
    }
}
