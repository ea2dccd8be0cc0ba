package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.hotline.domain.staff.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An appeal in a real browser under the law of the United Kingdom, which wants an appeal decided by someone who took
 * no part in the earlier decisions: the form carries the UK's own questions, a supervisor who assessed the case is
 * refused the appeal with the reason, and an uninvolved supervisor decides it.
 */
class AppealUnderUkLawBrowserTest {

    @RegisterExtension
    static final Workbench workbench = new Workbench(Map.of("HOTLINE_JURISDICTION", "GB"), Hotline.CLOCK);


    @Test
    void a_supervisor_who_assessed_the_case_may_not_decide_its_appeal_and_an_uninvolved_one_may() {
        workbench.signInAsAdministrator();
        String dana = workbench.createStaff("dana.dual", "Dana Dual", Role.ANALYST, Role.SUPERVISOR);
        String uma = workbench.createStaff("uma.supervisor", "Uma Supervisor", Role.SUPERVISOR);
        workbench.signOut();
        String address = "https://example.org/uk/appeal";
        workbench.fileReport(address, "VIDEOS");

        workbench.signInFirstTime("dana.dual", dana, "dana's own passphrase");
        workbench.open("/queue");
        workbench.submit("#claim-next");
        assertThat(workbench.all("#assessment fieldset.question legend")).extracting(legend -> legend.getText())
                .contains("Is it pornographic?", "Is it indecent, by recognised standards of propriety?");
        workbench.answer(Workbench.BASELINE_ANSWERS);
        workbench.submit("#preview-verdict");
        assertThat(workbench.text("#verdict-preview .verdict-kind")).isEqualTo("Illegal");
        assertThat(workbench.all("#verdict-preview .severity")).as("the UK grades severity").hasSize(1);
        workbench.submit("#confirm-verdict");
        assertThat(workbench.text("#case-state")).isEqualTo("Awaiting hosting trace");

        assertThat(workbench.text("#assessment-title")).isEqualTo("Appeal: assess again");
        workbench.answer(Map.of("media", "PHOTO_OR_VIDEO", "age", "ADULT", "realChild", "REAL", "content", "NONE"));
        workbench.submit("#preview-verdict");
        assertThat(workbench.text("#refusal")).contains("wants an appeal decided by someone who took no part")
                .contains("Another supervisor must decide the appeal.");
        assertThat(workbench.all("#verdict-preview")).isEmpty();
        assertThat(workbench.text("#case-state")).isEqualTo("Awaiting hosting trace");
        workbench.signOut();

        workbench.signInFirstTime("uma.supervisor", uma, "uma's own passphrase");
        workbench.openCase("/queue/hosting-trace", address);
        workbench.answer(Map.of("media", "PHOTO_OR_VIDEO", "age", "AGE_13_TO_17", "realChild", "REAL",
                "content", "NON_PENETRATIVE_SEXUAL_ACTIVITY"));
        workbench.submit("#preview-verdict");
        assertThat(workbench.text("#verdict-preview .verdict-kind")).isEqualTo("Illegal");
        workbench.submit("#confirm-verdict");
        assertThat(workbench.all("#history .decision h3")).extracting(heading -> heading.getText())
                .satisfiesExactly(first -> assertThat(first).startsWith("First assessment by Dana Dual"),
                        appeal -> assertThat(appeal).startsWith("Appeal by Uma Supervisor"));
        workbench.signOut();
    }
}
