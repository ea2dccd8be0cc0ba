package org.hotline.adapters.web;

import java.util.Objects;

import org.hotline.domain.partner.RecognisePartner;
import org.hotline.domain.report.ListAnalystQueue;
import org.hotline.domain.report.SubmitReport;
import org.hotline.domain.report.ViewReport;
import org.hotline.domain.staff.ChangePassword;
import org.hotline.domain.staff.ManageStaff;
import org.hotline.domain.staff.SignIn;

/** The domain's use cases that the web offers. */
public record UseCases(SubmitReport submitReport, ViewReport viewReport, ListAnalystQueue analystQueue,
        RecognisePartner partners, SignIn signIn, ChangePassword changePassword, ManageStaff manageStaff) {

    public UseCases {
        Objects.requireNonNull(partners, "partners");
        Objects.requireNonNull(submitReport, "submitReport");
        Objects.requireNonNull(viewReport, "viewReport");
        Objects.requireNonNull(analystQueue, "analystQueue");
        Objects.requireNonNull(signIn, "signIn");
        Objects.requireNonNull(changePassword, "changePassword");
        Objects.requireNonNull(manageStaff, "manageStaff");
    }
}
