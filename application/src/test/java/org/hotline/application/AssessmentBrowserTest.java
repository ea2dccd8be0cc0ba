package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.hotline.domain.audit.AuditVerification;
import org.hotline.domain.staff.Role;
import org.hotline.domain.testing.FixedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The workbench in a real browser under Belgian law, on a clock that stands at 10:00 in Brussels on 1 June 2026 until
 * a test moves it (the tests share it and the program, so each uses its own staff and addresses), with a daily limit of 20 minutes so that reaching it takes no waiting: the team at work from a
 * citizen's report to an appeal, the welfare limit, and the public form in three languages.
 */
class AssessmentBrowserTest {

    static final FixedClock CLOCK = FixedClock.at("2026-06-01T08:00:00Z");
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @RegisterExtension
    static final Workbench workbench = new Workbench(Map.of("HOTLINE_JURISDICTION", "BE",
            "HOTLINE_WELFARE_DAILY_LIMIT_MINUTES", "20"), CLOCK);

    private static final Map<String, String> ADULT_NOTHING_SEXUAL = Map.of("media", "PHOTO_OR_VIDEO", "age", "ADULT",
            "realChild", "REAL", "content", "NONE");

    @Test
    void a_supervisor_two_analysts_and_a_police_liaison_work_a_report_through_assessment_and_appeal() {
        workbench.signInAsAdministrator();
        String sam = workbench.createStaff("sam.supervisor", "Sam Supervisor", Role.SUPERVISOR);
        String ann = workbench.createStaff("ann.analyst", "Ann Analyst", Role.ANALYST);
        String bert = workbench.createStaff("bert.analyst", "Bert Analyst", Role.ANALYST);
        String pat = workbench.createStaff("pat.police", "Pat Police", Role.POLICE_LIAISON);
        workbench.signOut();
        String address = "https://example.org/team/album";
        workbench.fileReport(address, "IMAGES");

        workbench.signInFirstTime("ann.analyst", ann, "ann's own passphrase");
        workbench.open("/queue");
        assertThat(workbench.caseRow(address).findElement(By.cssSelector(".priority")).getText()).isEqualTo("High");
        String id = workbench.caseRow(address).getAttribute("data-case");
        workbench.submit("tr[data-case='" + id + "'] button.claim");
        assertThat(workbench.path()).isEqualTo("/cases/" + id);
        String until = hour(CLOCK.instant().plus(Duration.ofMinutes(30)));
        String assessedAt = day(CLOCK.instant());
        assertThat(workbench.text("#case-claim")).isEqualTo("Claimed by you until " + until);
        workbench.signOut();

        workbench.signInFirstTime("bert.analyst", bert, "bert's own passphrase");
        workbench.open("/queue");
        assertThat(workbench.caseRow(address).findElement(By.cssSelector(".claim")).getText())
                .isEqualTo("Claimed by Ann Analyst until " + until);
        assertThat(workbench.caseRow(address).findElements(By.cssSelector("button"))).isEmpty();
        workbench.openCase("/queue", address);
        assertThat(workbench.text("#case-claim")).isEqualTo("Claimed by Ann Analyst until " + until);
        assertThat(workbench.all("#assessment, #claim")).isEmpty();
        workbench.signOut();

        workbench.signIn("ann.analyst", "ann's own passphrase");
        workbench.openCase("/queue", address);
        workbench.answer(Workbench.BASELINE_ANSWERS);
        workbench.submit("#preview-verdict");
        assertThat(workbench.text("#verdict-preview .verdict-kind")).isEqualTo("Illegal");
        assertThat(workbench.text("#verdict-preview .references")).contains("in force since");
        assertThat(workbench.text("#verdict-preview .baseline")).isEqualTo("Yes: illegal in every country");
        assertThat(workbench.find("#media-PHOTO_OR_VIDEO").isSelected()).as("the answers are kept").isTrue();
        workbench.submit("#confirm-verdict");
        assertThat(workbench.path()).isEqualTo("/cases/" + id);
        assertThat(workbench.text("#case-state")).isEqualTo("Awaiting hosting trace");
        assertThat(workbench.text("#history .decision h3")).isEqualTo("First assessment by Ann Analyst, " + assessedAt);
        workbench.signOut();

        workbench.signInFirstTime("sam.supervisor", sam, "sam's own passphrase");
        workbench.openCase("/queue/hosting-trace", address);
        assertThat(workbench.text("#assessment-title")).isEqualTo("Appeal: assess again");
        workbench.answer(ADULT_NOTHING_SEXUAL);
        workbench.submit("#preview-verdict");
        assertThat(workbench.text("#verdict-preview .verdict-kind")).isEqualTo("Not illegal");
        workbench.submit("#confirm-verdict");
        assertThat(workbench.text("#case-state")).startsWith("Closed (not illegal: ");
        assertThat(workbench.all("#history .decision h3")).extracting(heading -> heading.getText()).containsExactly(
                "First assessment by Ann Analyst, " + assessedAt, "Appeal by Sam Supervisor, " + assessedAt);
        workbench.signOut();

        workbench.signInFirstTime("pat.police", pat, "pat's own passphrase");
        assertThat(workbench.all(".staff-nav a")).extracting(link -> link.getText()).containsExactly("Police", "My account");
        workbench.open("/cases/" + id);
        assertThat(workbench.heading()).isEqualTo("Not for you");
        workbench.signOut();

        AuditVerification verified = workbench.hotline().audit().verify();
        assertThat(verified).isInstanceOf(AuditVerification.Intact.class);
    }

    @Test
    void the_welfare_limit_stops_the_queue_for_an_analyst_at_the_limit_until_a_supervisor_lifts_it() throws Exception {
        workbench.signInAsAdministrator();
        String carl = workbench.createStaff("carl.analyst", "Carl Analyst", Role.ANALYST);
        String vera = workbench.createStaff("vera.supervisor", "Vera Supervisor", Role.SUPERVISOR);
        workbench.signOut();
        workbench.fileReport("https://example.org/limit/first", "IMAGES");
        workbench.fileReport("https://example.org/limit/second", "VIDEOS");

        workbench.signInFirstTime("carl.analyst", carl, "carl's own passphrase");
        workbench.open("/queue");
        workbench.submit("tr[data-case='" + workbench.caseRow("https://example.org/limit/first").getAttribute("data-case")
                + "'] button.claim");
        CLOCK.advance(Duration.ofMinutes(21));
        workbench.answer(ADULT_NOTHING_SEXUAL);
        workbench.submit("#preview-verdict");
        workbench.submit("#confirm-verdict");
        workbench.open("/queue");
        assertThat(workbench.text("#limit-reached")).contains("You reached the daily limit.")
                .contains("You spent 0 h 21 min in assessment today; the limit is 0 h 20 min.");
        assertThat(workbench.all("#claim-next, button.claim")).isEmpty();
        assertThat(CaseworkSettingsTest.metrics(workbench.hotline())).containsPattern("(?m)^hotline_welfare_limits_reached(\\{[^}]*})? 1\\.0$");
        workbench.signOut();

        workbench.signInFirstTime("vera.supervisor", vera, "vera's own passphrase");
        workbench.open("/welfare");
        assertThat(workbench.text("#reached-today")).isEqualTo("Carl Analyst");
        new Select(workbench.find("#analyst")).selectByVisibleText("Carl Analyst");
        workbench.type("#reason", "Backlog after an outage; Carl agreed and takes a break first.");
        workbench.submit("#lift-limit");
        assertThat(workbench.path()).isEqualTo("/welfare");
        assertThat(workbench.text("tr[data-analyst='Carl Analyst'] .lifted")).isEqualTo("Limit lifted");
        workbench.signOut();

        workbench.signIn("carl.analyst", "carl's own passphrase");
        workbench.open("/queue");
        assertThat(workbench.text("#limit-lifted")).isEqualTo("A supervisor lifted your daily limit for today.");
        workbench.submit("#claim-next");
        assertThat(workbench.path()).startsWith("/cases/");
        assertThat(workbench.text("#case-claim")).startsWith("Claimed by you until");
        workbench.signOut();
    }

    @Test
    void the_public_form_is_offered_in_english_dutch_and_french() {
        workbench.open("/report");
        assertThat(workbench.heading()).isEqualTo("Report child sexual abuse material");
        workbench.submit("nav.languages a[hreflang=nl]");
        assertThat(workbench.heading()).isEqualTo("Seksueel misbruik van kinderen melden");
        workbench.fileReport("https://example.org/taal/nl", "IMAGES");
        assertThat(workbench.heading()).as("the switch is remembered").isEqualTo("Bedankt, uw melding is ontvangen");

        workbench.open("/report?lang=fr");
        assertThat(workbench.heading()).isEqualTo("Signaler des abus sexuels sur des enfants");
        workbench.fileReport("https://example.org/langue/fr", "VIDEOS");
        assertThat(workbench.heading()).isEqualTo("Merci, votre signalement a \u00e9t\u00e9 re\u00e7u");

        workbench.open("/report?lang=en");
        workbench.fileReport("https://example.org/language/en", "TEXT");
        assertThat(workbench.heading()).isEqualTo("Thank you, your report was received");
    }

    /** A time of day as the pages show it, in the hotline's default time zone. */
    private static String hour(Instant at) {
        return DateTimeFormatter.ofPattern("HH:mm").format(at.atZone(BRUSSELS));
    }

    private static String day(Instant at) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(at.atZone(BRUSSELS));
    }
}
