package org.hotline.domain.report;

/**
 * What the reports folded into a case say about its urgency, gathered as they arrive.
 *
 * @param reports how many reports the case holds
 * @param referred true when at least one came from a partner with its key or from another hotline of the network:
 *        someone who knows the work has already looked
 * @param visual true when at least one reporter saw images or videos
 */
public record CaseSignals(int reports, boolean referred, boolean visual) {

    public CaseSignals {
        if (reports < 0) {
            throw new IllegalArgumentException("a case cannot hold fewer than no reports");
        }
    }

    public static CaseSignals none() {
        return new CaseSignals(0, false, false);
    }

    /** What one report says. */
    public static CaseSignals of(Report report) {
        return none().plus(report);
    }

    /** The signals of two sets of reports taken together, such as a case's and those of the reports joining it. */
    public CaseSignals plus(CaseSignals others) {
        return new CaseSignals(reports + others.reports, referred || others.referred, visual || others.visual);
    }

    /** The signals once one more report has joined the case. */
    public CaseSignals plus(Report report) {
        boolean fromPartner = report.submittedBy().isDefined() || report.channel() == Channel.NETWORK_REFERRAL;
        boolean sawImagery = report.seen().contains(SeenContent.IMAGES) || report.seen().contains(SeenContent.VIDEOS);
        return new CaseSignals(reports + 1, referred || fromPartner, visual || sawImagery);
    }
}
