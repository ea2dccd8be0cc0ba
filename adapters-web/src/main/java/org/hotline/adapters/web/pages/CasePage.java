package org.hotline.adapters.web.pages;

import java.util.List;
import java.util.Optional;

import org.hotline.adapters.web.Messages;

/**
 * One case as a member of staff sees it: the address (as text, never a link), where the case stands, its reports,
 * every decision on it, its capture (items with blurred previews), and what the reader may do: claim, assess, release, appeal.
 *
 * @param reports the first reports of the case, oldest first
 * @param history every decision on the case, oldest first: first assessments and appeals alike
 * @param mayClaim true when the claim button is shown
 * @param mayRelease true when the reader holds the running claim
 * @param form the assessment or appeal form, for the claimant analyst or a supervisor of an assessed case
 * @param legalDecision the legal adviser's form, on a case awaiting legal review
 * @param capture where the case's capture stands and what it measured, for readers who may see it
 * @param revealsToday right after the reader revealed a captured image, how many they revealed today
 * @param refusal why what the reader just asked for was refused, in words
 * @param hosting the hosting trace of a case assessed illegal, for analysts and supervisors
 * @param referrals the case's referrals through the network exchange, sent or received, with their statuses
 * @param takedown the case's takedown, for analysts and supervisors, where it has one
 */
public record CasePage(Messages t, CaseView theCase, List<ReportView> reports, List<Decision> history,
        WelfareBanner welfare, boolean mayClaim, boolean mayRelease, Optional<AssessmentForm> form,
        Optional<LegalDecisionForm> legalDecision, Optional<CaptureView> capture, Optional<Integer> revealsToday,
        Optional<String> refusal, Optional<HostingSection> hosting, List<ReferralView> referrals,
        Optional<TakedownSection> takedown, List<RecheckView> rechecks, List<PoliceRequestView> policeRequests) {

    /** A re-check of the case's takedown: its outcome (as stored and in words), when, and what was found. */
    public record RecheckView(String outcome, String outcomeText, String at, String detail) {
    }

    /**
     * A referral of the case: sent to the hotline of {@code country}, or received from it; its statuses oldest first.
     *
     * @param sent true when this hotline sent it
     * @param carried how many items (fingerprints) it carries
     * @param known for a referral received, each carried item on this hotline's hash lists with the entries it matches
     */
    public record ReferralView(String id, boolean sent, String country, String at, String verdict,
            List<StatusView> statuses, int carried, List<CaptureView.Fact> known) {
    }

    /** One status of a referral, with when it was said. */
    public record StatusView(String code, String at, String note) {
    }

    /**
     * The case itself.
     *
     * @param state the state's name
     * @param closure why the case was closed, in the law's words, where it was
     * @param claim who holds the running claim, if anyone
     * @param reportCount how many reports the case holds in all
     * @param referred true when a partner or another hotline sent one of its reports
     * @param visual true when a reporter saw images or videos
     */
    public record CaseView(String id, String address, String openedAt, String state, Optional<String> closure,
            Optional<QueuePage.Claim> claim, int reportCount, boolean referred, boolean visual) {
    }

    /**
     * One report as the workbench shows it: never the reporter's contact details, only whether they left some.
     *
     * @param addresses how many addresses the report listed, this one included
     */
    public record ReportView(String reference, String receivedAt, String channel, String seen, Optional<String> description,
            boolean leftContact, int addresses) {
    }

    /** One decision: a first assessment, an appeal or a legal decision, by whom and when, with the answers and the verdict. */
    public record Decision(String kind, String assessor, String at, String jurisdiction, List<Answered> answers,
            VerdictView verdict) {
    }

    /** A question and the answer recorded, in the law's words. */
    public record Answered(String question, String answer) {
    }
}
