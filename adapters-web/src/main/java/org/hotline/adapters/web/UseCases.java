package org.hotline.adapters.web;

import java.util.Objects;

import io.vavr.control.Option;
import org.hotline.domain.exchange.ViewReferrals;
import org.hotline.domain.recheck.ViewRechecks;
import org.hotline.domain.statistics.ShowStatistics;

import org.hotline.domain.assessment.AppealAssessment;
import org.hotline.domain.assessment.AssessCase;
import org.hotline.domain.assessment.ClaimCase;
import org.hotline.domain.assessment.DecideLegalReview;
import org.hotline.domain.assessment.ReviewLawChanges;
import org.hotline.domain.assessment.ViewCaseFile;
import org.hotline.domain.capture.job.RequestCapture;
import org.hotline.domain.capture.job.ViewCaptures;
import org.hotline.domain.capture.preview.ShowPreview;
import org.hotline.domain.hostcontacts.ManageContacts;
import org.hotline.domain.notifying.ListNoticesNeedingAttention;
import org.hotline.domain.hosting.casework.SettleHosting;
import org.hotline.domain.partner.RecognisePartner;
import org.hotline.domain.report.FindCase;
import org.hotline.domain.report.ListAnalystQueue;
import org.hotline.domain.report.ListWaitingCases;
import org.hotline.domain.report.SubmitReport;
import org.hotline.domain.report.ViewReport;
import org.hotline.domain.staff.ChangePassword;
import org.hotline.domain.staff.ChooseLanguage;
import org.hotline.domain.staff.ManageStaff;
import org.hotline.domain.staff.OwnSessions;
import org.hotline.domain.staff.SignIn;
import org.hotline.domain.takedown.HandlePoliceRequests;
import org.hotline.domain.takedown.ListPoliceWork;
import org.hotline.domain.takedown.RunTakedown;
import org.hotline.domain.throttle.ThrottleReports;
import org.hotline.domain.welfare.CheckWelfare;
import org.hotline.domain.welfare.LiftLimit;
import org.hotline.domain.welfare.RevealPreview;
import org.hotline.domain.welfare.ShowWorkload;

/** The domain's use cases that the web offers. */
public record UseCases(SubmitReport submitReport, ViewReport viewReport, ListAnalystQueue analystQueue,
        FindCase findCase, RecognisePartner partners, ThrottleReports reportThrottle, SignIn signIn, ChangePassword changePassword,
        ChooseLanguage chooseLanguage, OwnSessions ownSessions, ManageStaff manageStaff, Casework casework,
        Option<KnownWork> known, Option<ViewReferrals> referrals,
        Option<TakedownWork> takedowns, Option<ShowStatistics> statistics,
        Option<ViewRechecks> rechecks, Option<ManageContacts> contacts) {

    /** The use cases without known content (its pages and API are then not offered). */
    public UseCases(SubmitReport submitReport, ViewReport viewReport, ListAnalystQueue analystQueue, FindCase findCase,
            RecognisePartner partners, ThrottleReports reportThrottle, SignIn signIn, ChangePassword changePassword,
            ChooseLanguage chooseLanguage, OwnSessions ownSessions, ManageStaff manageStaff, Casework casework) {
        this(submitReport, viewReport, analystQueue, findCase, partners, reportThrottle, signIn, changePassword,
                chooseLanguage, ownSessions, manageStaff, casework, Option.none(), Option.none(), Option.none(),
                Option.none(), Option.none(), Option.none());
    }

    /** The same use cases with known content. */
    public UseCases withKnownContent(KnownWork work) {
        return new UseCases(submitReport, viewReport, analystQueue, findCase, partners, reportThrottle, signIn,
                changePassword, chooseLanguage, ownSessions, manageStaff, casework, Option.some(work), referrals, takedowns,
                statistics, rechecks, contacts);
    }

    /** The same use cases with the network exchange's referrals shown on case pages. */
    public UseCases withReferrals(ViewReferrals view) {
        return new UseCases(submitReport, viewReport, analystQueue, findCase, partners, reportThrottle, signIn,
                changePassword, chooseLanguage, ownSessions, manageStaff, casework, known, Option.some(view), takedowns,
                statistics, rechecks, contacts);
    }

    /** The same use cases with takedowns: the section of the case page and the police liaison's page. */
    public UseCases withTakedowns(RunTakedown run, ListPoliceWork police) {
        return withTakedowns(run, police, ListNoticesNeedingAttention.none());
    }

    /** The same use cases with takedowns and the supervisors' list of notices needing attention. */
    public UseCases withTakedowns(RunTakedown run, ListPoliceWork police, ListNoticesNeedingAttention notices) {
        return withTakedowns(new TakedownWork(run, police, notices, Option.none()));
    }

    /** The same use cases with takedowns, the notices needing attention and the police's requests to the hotline. */
    public UseCases withTakedowns(TakedownWork work) {
        return new UseCases(submitReport, viewReport, analystQueue, findCase, partners, reportThrottle, signIn,
                changePassword, chooseLanguage, ownSessions, manageStaff, casework, known, referrals, Option.some(work),
                statistics, rechecks, contacts);
    }

    /** The same use cases with the administrators' contact registry. */
    public UseCases withContacts(ManageContacts manage) {
        return new UseCases(submitReport, viewReport, analystQueue, findCase, partners, reportThrottle, signIn,
                changePassword, chooseLanguage, ownSessions, manageStaff, casework, known, referrals, takedowns,
                statistics, rechecks, Option.some(manage));
    }

    /**
     * What staff do with takedowns: run a case's takedown, list what waits on the police, the notices needing a
     * supervisor's attention, and the police's requests to the hotline (where offered).
     */
    public record TakedownWork(RunTakedown run, ListPoliceWork police, ListNoticesNeedingAttention notices,
            Option<HandlePoliceRequests> requests) {
        public TakedownWork {
            Objects.requireNonNull(run, "run");
            Objects.requireNonNull(police, "police");
            Objects.requireNonNull(notices, "notices");
            Objects.requireNonNull(requests, "requests");
        }
    }

    /** The same use cases with the supervisors' statistics. */
    public UseCases withStatistics(ShowStatistics shown) {
        return new UseCases(submitReport, viewReport, analystQueue, findCase, partners, reportThrottle, signIn,
                changePassword, chooseLanguage, ownSessions, manageStaff, casework, known, referrals, takedowns,
                Option.some(shown), rechecks, contacts);
    }

    /** The same use cases with the re-checks of takedowns shown on case pages. */
    public UseCases withRechecks(ViewRechecks view) {
        return new UseCases(submitReport, viewReport, analystQueue, findCase, partners, reportThrottle, signIn,
                changePassword, chooseLanguage, ownSessions, manageStaff, casework, known, referrals, takedowns,
                statistics, Option.some(view), contacts);
    }

    public UseCases {
        Objects.requireNonNull(takedowns, "takedowns");
        Objects.requireNonNull(known, "known");
        Objects.requireNonNull(referrals, "referrals");
        Objects.requireNonNull(statistics, "statistics");
        Objects.requireNonNull(rechecks, "rechecks");
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(partners, "partners");
        Objects.requireNonNull(reportThrottle, "reportThrottle");
        Objects.requireNonNull(findCase, "findCase");
        Objects.requireNonNull(submitReport, "submitReport");
        Objects.requireNonNull(viewReport, "viewReport");
        Objects.requireNonNull(analystQueue, "analystQueue");
        Objects.requireNonNull(signIn, "signIn");
        Objects.requireNonNull(changePassword, "changePassword");
        Objects.requireNonNull(chooseLanguage, "chooseLanguage");
        Objects.requireNonNull(ownSessions, "ownSessions");
        Objects.requireNonNull(manageStaff, "manageStaff");
        Objects.requireNonNull(casework, "casework");
    }

    /**
     * The use cases of the workbench: the lists of waiting cases, claims, assessment and appeal, the case file,
     * welfare, legal decisions, the cases a change of the law would decide otherwise, and the hosting trace.
     */
    public record Casework(ListWaitingCases waitingCases, ClaimCase claims, AssessCase assessment,
            AppealAssessment appeals, ViewCaseFile caseFiles, CheckWelfare welfare, RevealPreview reveals,
            LiftLimit lifts, ShowWorkload workload, DecideLegalReview legalReview, ReviewLawChanges lawChanges,
            Capturing capture, SettleHosting hosting) {

        public Casework {
            Objects.requireNonNull(waitingCases, "waitingCases");
            Objects.requireNonNull(claims, "claims");
            Objects.requireNonNull(assessment, "assessment");
            Objects.requireNonNull(appeals, "appeals");
            Objects.requireNonNull(caseFiles, "caseFiles");
            Objects.requireNonNull(welfare, "welfare");
            Objects.requireNonNull(reveals, "reveals");
            Objects.requireNonNull(lifts, "lifts");
            Objects.requireNonNull(workload, "workload");
            Objects.requireNonNull(legalReview, "legalReview");
            Objects.requireNonNull(lawChanges, "lawChanges");
            Objects.requireNonNull(capture, "capture");
            Objects.requireNonNull(hosting, "hosting");
        }
    }

    /** The captures of cases: where they stand and what they measured, "capture again", and previews of their images. */
    public record Capturing(ViewCaptures captures, RequestCapture requests, ShowPreview previews) {

        public Capturing {
            Objects.requireNonNull(captures, "captures");
            Objects.requireNonNull(requests, "requests");
            Objects.requireNonNull(previews, "previews");
        }
    }
}
