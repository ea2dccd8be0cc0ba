package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.hotline.domain.staff.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The statistics page in a real browser, over the real database: two citizens' reports are counted, every table is
 * shown, uPlot (served from its WebJar) draws the chart of the days from the days' table on a canvas, and the page's
 * Content-Security-Policy (no inline script or style, nothing from elsewhere) holds while it does.
 */
class StatisticsBrowserTest {

    @RegisterExtension
    static final Workbench workbench = new Workbench();

    @Test
    void a_supervisor_sees_the_tables_of_the_last_thirty_days_and_the_chart_drawn_without_breaking_the_policy() {
        workbench.signInAsAdministrator();
        String temporary = workbench.createStaff("stella.stats", "Stella Stats", Role.SUPERVISOR);
        workbench.signOut();
        workbench.fileReport("https://example.org/statistics/one", "IMAGES");
        workbench.fileReport("https://example.org/statistics/two", "VIDEOS");
        workbench.signInFirstTime("stella.stats", temporary, "stella's own passphrase");

        workbench.find("a[href='/statistics']").click();
        workbench.waitForPath("/statistics");

        assertThat(workbench.heading()).startsWith("Statistics from ");
        assertThat(workbench.text("#intake-table tbody tr:first-child")).isEqualTo("Reports received 2");
        assertThat(workbench.text("#intake-table tbody tr:nth-child(3)")).isEqualTo("Cases opened 2");
        assertThat(workbench.text("#referrals-empty")).isEqualTo("No referral was sent or received in this period.");
        assertThat(workbench.text("#removals-by-country-empty")).isEqualTo("No removal was seen in this period.");
        assertThat(workbench.all("#days-table tbody tr")).hasSize(30);
        WebElement canvas = new WebDriverWait(workbench.driver(), Duration.ofSeconds(15))
                .until(driver -> workbench.all("#days-chart canvas").stream().findFirst().orElse(null));
        assertThat(canvas.getSize().getWidth()).as("the chart's width").isGreaterThan(300);
        assertThat(workbench.find("#days-chart").getAttribute("data-points")).isEqualTo("30");
        assertThat(workbench.script("return typeof uPlot;")).isEqualTo("function");
        assertThat(workbench.find("#intake-csv").getAttribute("href")).contains("/statistics/intake.csv?from=");
        List<String> refused = workbench.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).filter(message -> message.contains("Content Security Policy")).toList();
        assertThat(refused).as("what the Content-Security-Policy refused").isEmpty();

        workbench.find("a[href='/notices']").click();
        workbench.waitForPath("/notices");
        assertThat(workbench.text("#notices-none")).isEqualTo("No notice needs attention.");
    }
}
