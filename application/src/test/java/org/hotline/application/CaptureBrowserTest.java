package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.hotline.domain.staff.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Capture in a real browser: a citizen reports a page of a loopback site with three generated pictures; the analyst
 * finds the case captured, sees three items with their hashes and three blurred previews the browser loaded, and
 * reveals one, which then shows in colour and is counted.
 */
class CaptureBrowserTest {

    @RegisterExtension
    static final Workbench workbench = new Workbench(Map.of("HOTLINE_CAPTURE_WORKERS", "2",
            "HOTLINE_CAPTURE_ALLOW", "127.0.0.0/8"), Hotline.CLOCK);

    private static LoopbackGallery gallery;

    @BeforeAll
    static void site() throws IOException {
        gallery = new LoopbackGallery();
    }

    @AfterAll
    static void closeSite() {
        gallery.close();
    }

    @Test
    void an_analyst_sees_three_captured_pictures_blurred_with_their_hashes_and_reveals_one() {
        workbench.signInAsAdministrator();
        String temporary = workbench.createStaff("ann.capture", "Ann Capture", Role.ANALYST);
        workbench.signOut();
        String address = gallery.address(LoopbackGallery.PAGE);
        workbench.fileReport(address, "IMAGES");
        workbench.signInFirstTime("ann.capture", temporary, "ann's own passphrase");
        String id = workbench.openCase("/queue", address);

        new WebDriverWait(workbench.driver(), CaptureOfReportsTest.CAPTURE_WAIT, Duration.ofMillis(500)).until(driver -> {
            workbench.open("/cases/" + id);
            return workbench.find("#capture-state").getAttribute("data-state").equals("DONE");
        });

        List<WebElement> items = workbench.all("li.capture-item");
        assertThat(items).hasSize(3);
        for (WebElement item : items) {
            assertThat(item.findElement(By.cssSelector(".hashes dd")).getText()).matches("[0-9a-f]{64}");
            WebElement preview = item.findElement(By.cssSelector("img.preview-blurred"));
            assertThat(loaded(preview)).as("the browser loaded the blurred preview").isGreaterThan(0);
        }
        String first = items.get(0).getAttribute("data-item");
        workbench.submit("#item-" + first + " button.reveal-item");

        WebElement revealed = workbench.find("#item-" + first + " img.preview-revealed");
        assertThat(loaded(revealed)).isEqualTo(320);
        assertThat(workbench.text("#revealed")).contains("one reveal today");
        assertThat(workbench.all("img.preview-blurred")).as("the other two stay blurred").hasSize(2);
    }

    /** The picture's natural width once the browser loaded it (scrolled into view, since previews load lazily). */
    private static long loaded(WebElement picture) {
        workbench.script("arguments[0].scrollIntoView();", picture);
        return new WebDriverWait(workbench.driver(), Duration.ofSeconds(15)).until(driver -> {
            Object width = workbench.script("return arguments[0].complete ? arguments[0].naturalWidth : null;", picture);
            return width instanceof Number number && number.longValue() > 0 ? number.longValue() : null;
        });
    }
}
