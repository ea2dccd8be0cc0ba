package org.hotline.domain.exchange;

/** A referral in words, as the receiving hotline's analysts read it beside the case: what the sender found. */
final class ReferralText {

    /** The most a report's description holds; the trace is shortened to fit. */
    static final int MAX = org.hotline.domain.report.ReportSubmission.MAX_DESCRIPTION_LENGTH;

    private ReferralText() {
    }

    static String describe(Referral referral) {
        String head = "Referred by the member hotline of " + referral.from() + " (referral " + referral.id() + ", "
                + referral.at() + ").\nSender's verdict: " + referral.verdict().describe() + "\nItems: "
                + (referral.items().isEmpty() ? "none fingerprinted"
                        : referral.items().size() + " fingerprinted (" + referral.items().map(ItemFingerprint::sha256)
                                .map(digest -> digest.substring(0, 12)).take(5).mkString(", ")
                                + (referral.items().size() > 5 ? ", ..." : "") + ")")
                + "\nHosting trace:\n";
        String trace = referral.hostingTrace().isEmpty() ? "(none)" : referral.hostingTrace();
        int room = MAX - head.length();
        return head + (trace.length() <= room ? trace : trace.substring(0, Math.max(0, room - 3)) + "...");
    }
}
