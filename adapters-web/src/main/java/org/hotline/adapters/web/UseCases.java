package org.hotline.adapters.web;

import java.util.Objects;

import org.hotline.domain.partner.RecognisePartner;
import org.hotline.domain.report.ListAnalystQueue;
import org.hotline.domain.report.SubmitReport;
import org.hotline.domain.report.ViewReport;

/** The domain's use cases that the web offers. */
public record UseCases(SubmitReport submitReport, ViewReport viewReport, ListAnalystQueue analystQueue,
        RecognisePartner partners) {

    public UseCases {
        Objects.requireNonNull(partners, "partners");
        Objects.requireNonNull(submitReport, "submitReport");
        Objects.requireNonNull(viewReport, "viewReport");
        Objects.requireNonNull(analystQueue, "analystQueue");
    }
}
