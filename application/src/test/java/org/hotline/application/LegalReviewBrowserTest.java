package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.hotline.domain.staff.Role;
import org.hotline.domain.testing.FixedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The way out of legal review in a real browser, under Belgian law: an analyst assesses an explicit drawing of a
 * minor, which Belgian law as modelled leaves to a lawyer; a legal adviser finds it in the legal review list and
 * decides it, and the case follows the decision.
 */
class LegalReviewBrowserTest {

    static final FixedClock CLOCK = FixedClock.at("2026-06-01T08:00:00Z");

    @RegisterExtension
    static final Workbench workbench = new Workbench(Map.of("HOTLINE_JURISDICTION", "BE"), CLOCK);

    @Test
    void a_legal_adviser_decides_a_case_the_law_as_modelled_leaves_open_and_the_review_ends() {
        workbench.signInAsAdministrator();
        String ann = workbench.createStaff("ann.analyst", "Ann Analyst", Role.ANALYST);
        String lena = workbench.createStaff("lena.lawyer", "Lena Lawyer", Role.LEGAL_ADVISER);
        workbench.signOut();
        String address = "https://example.org/drawings/one";
        workbench.fileReport(address, "IMAGES");

        workbench.signInFirstTime("ann.analyst", ann, "ann's own passphrase");
        workbench.open("/queue");
        workbench.submit("#claim-next");
        workbench.answer(Map.of("media", "NON_PHOTOGRAPHIC", "age", "UNDER_13", "realChild", "NON_EXISTENT",
                "content", "GENITAL_OR_ANAL_FOCUS"));
        workbench.submit("#preview-verdict");
        assertThat(workbench.text("#verdict-preview .verdict-kind")).isEqualTo("Needs a legal review");
        assertThat(workbench.text("#verdict-preview .rule-book")).isEqualTo("BE 2");
        workbench.submit("#confirm-verdict");
        assertThat(workbench.text("#case-state")).isEqualTo("Awaiting legal review");
        workbench.signOut();

        workbench.signInFirstTime("lena.lawyer", lena, "lena's own passphrase");
        workbench.openCase("/queue/legal-review", address);
        workbench.find("#outcome-NOT_ILLEGAL").click();
        workbench.type("#reasoning-text", "A cartoon, far from realistic: limb 3 of art. 417/43 does not reach it.");
        workbench.submit("#record-legal-decision");

        assertThat(workbench.text("#case-state")).startsWith("Closed (not illegal: A cartoon, far from realistic");
        assertThat(workbench.all("#history .decision h3")).extracting(heading -> heading.getText())
                .satisfiesExactly(first -> assertThat(first).startsWith("First assessment by Ann Analyst"),
                        decided -> assertThat(decided).startsWith("Legal decision by Lena Lawyer"));
        assertThat(workbench.all("#legal-decision")).isEmpty();
        workbench.signOut();
    }
}
