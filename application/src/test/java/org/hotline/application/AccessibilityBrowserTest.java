package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.hotline.domain.staff.Role;
import org.hotline.domain.testing.FixedClock;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Accessibility in a real browser: every kind of page, public and staff, in English and Dutch, checked with axe-core
 * (WCAG 2.2 A and AA, and best practices; skipped where {@code scripts/fetch-axe.sh} has not fetched it); and an
 * analyst who works a case from sign-in to confirmation with the keyboard alone, the focus visible at every stop.
 */
class AccessibilityBrowserTest {

    static final FixedClock CLOCK = FixedClock.at("2026-06-01T08:00:00Z");

    @RegisterExtension
    static final Workbench workbench = new Workbench(Map.of("HOTLINE_JURISDICTION", "BE"), CLOCK);

    @Test
    void every_kind_of_page_public_and_staff_has_no_wcag_aa_or_best_practice_violation_in_english_and_dutch() {
        Assumptions.assumeTrue(workbench.checksAccessibility(),
                "axe-core is not fetched (scripts/fetch-axe.sh): the accessibility checks are skipped");
        workbench.open("/report");
        workbench.submit("main form button[type=submit]");
        workbench.fileReport("https://example.org/a11y/one", "IMAGES");
        workbench.fileReport("https://example.org/a11y/two", "VIDEOS");
        workbench.open("/no-such-page");
        workbench.open("/report?lang=nl");
        workbench.open("/report?lang=en");

        workbench.signInAsAdministrator();
        String temporary = workbench.createStaff("vera.visible", "Vera Visible", Role.ANALYST, Role.SUPERVISOR,
                Role.LEGAL_ADVISER);
        workbench.open("/account");
        workbench.open("/account/password");
        workbench.open("/admin/known-lists");
        workbench.signOut();

        workbench.signInFirstTime("vera.visible", temporary, "vera's own passphrase");
        for (String list : List.of("/queue", "/queue/hosting-trace", "/queue/legal-review", "/queue/to-refer",
                "/queue/for-police", "/queue/find?q=example.org", "/welfare", "/law/changes", "/statistics")) {
            workbench.open(list);
        }
        String id = workbench.openCase("/queue", "https://example.org/a11y/one");
        workbench.submit("#claim");
        workbench.submit("#preview-verdict");
        workbench.answer(Workbench.BASELINE_ANSWERS);
        workbench.submit("#preview-verdict");
        workbench.submit("#confirm-verdict");
        workbench.open("/cases/" + id);

        workbench.open("/account");
        new org.openqa.selenium.support.ui.Select(workbench.find("#language")).selectByValue("nl");
        workbench.submit("#save-language");
        workbench.openCase("/queue", "https://example.org/a11y/two");
        workbench.submit("#claim");
        workbench.answer(Workbench.BASELINE_ANSWERS);
        workbench.submit("#preview-verdict");
        workbench.open("/queue");

        assertThat(workbench.pagesChecked()).as("the pages checked").contains("/report", "/admin/staff", "/account",
                "/queue", "/queue/legal-review", "/welfare", "/law/changes", "/cases/" + id, "/no-such-page");
        assertThat(workbench.pagesChecked()).hasSizeGreaterThan(30);
        assertThat(workbench.takeViolations()).as("accessibility violations").isEmpty();
    }

    @Test
    void an_analyst_signs_in_claims_answers_previews_and_confirms_with_the_keyboard_alone() {
        workbench.signInAsAdministrator();
        String temporary = workbench.createStaff("kim.keys", "Kim Keys", Role.ANALYST);
        workbench.signOut();
        workbench.signInFirstTime("kim.keys", temporary, "kim's own passphrase");
        workbench.signOut();
        String address = "https://example.org/keyboard/only";
        workbench.fileReport(address, "IMAGES");

        workbench.open("/sign-in");
        tabTo("username");
        type("kim.keys");
        tabTo("password");
        type("kim's own passphrase");
        workbench.pressToLeave(Keys.ENTER);
        assertThat(workbench.path()).isEqualTo("/queue");

        String id = workbench.caseRow(address).getAttribute("data-case");
        assertThat(workbench.find("#claim-next").getAttribute("accesskey")).isEqualTo("n");
        assertThat(workbench.all("#shortcuts kbd").stream().map(key -> key.getAttribute("textContent")).toList())
                .containsExactly("N", "P", "C", "R");
        tabTo("claim-next");
        workbench.pressToLeave(Keys.ENTER);
        assertThat(workbench.path()).isEqualTo("/cases/" + id);

        for (WebElement question : workbench.all("#assessment fieldset.question")) {
            String asked = question.getAttribute("id");
            choose(asked, Workbench.BASELINE_ANSWERS.get(asked));
        }
        tabTo("preview-verdict");
        workbench.pressToLeave(Keys.ENTER);
        assertThat(workbench.text("#verdict-preview .verdict-kind")).isEqualTo("Illegal");
        assertThat(workbench.script("return document.querySelector(':target').id;"))
                .as("after a preview the page opens at the verdict").isEqualTo("verdict-preview");
        new Actions(workbench.driver()).sendKeys(Keys.TAB).perform();
        assertThat(activeId()).as("Tab reaches the confirmation").isEqualTo("confirm-verdict");
        assertFocusVisible();
        assertThat(List.of("preview-verdict", "confirm-verdict", "release").stream()
                .map(button -> workbench.find("#" + button).getAttribute("accesskey")).toList())
                .containsExactly("p", "c", "r");

        workbench.pressToLeave(Keys.ENTER);
        assertThat(workbench.path()).isEqualTo("/cases/" + id);
        assertThat(workbench.text("#case-state")).isEqualTo("Awaiting hosting trace");
        assertThat(workbench.text("#history .decision h3")).startsWith("First assessment by Kim Keys");
    }

    /** Presses Tab until the element with this id has the focus, checking at each stop that the focus is visible. */
    private void tabTo(String id) {
        for (int stop = 0; stop < 80; stop++) {
            new Actions(workbench.driver()).sendKeys(Keys.TAB).perform();
            assertFocusVisible();
            if (id.equals(activeId())) {
                return;
            }
        }
        throw new AssertionError("Tab never reached #" + id + " on " + workbench.path());
    }

    /** Tabs into a question's radio group, then chooses the answer with the arrow keys and the space bar. */
    private void choose(String question, String answer) {
        for (int stop = 0; stop < 80 && !question.equals(workbench.driver().switchTo().activeElement().getAttribute("name"));
                stop++) {
            new Actions(workbench.driver()).sendKeys(Keys.TAB).perform();
            assertFocusVisible();
        }
        String wanted = question + "-" + answer;
        for (int move = 0; move < 10 && !wanted.equals(activeId()); move++) {
            new Actions(workbench.driver()).sendKeys(Keys.ARROW_DOWN).perform();
        }
        new Actions(workbench.driver()).sendKeys(Keys.SPACE).perform();
        assertThat(activeId()).isEqualTo(wanted);
        assertThat(workbench.find("#" + wanted).isSelected()).as(wanted + " chosen").isTrue();
    }

    private void type(String text) {
        new Actions(workbench.driver()).sendKeys(text).perform();
    }

    private String activeId() {
        return workbench.driver().switchTo().activeElement().getAttribute("id");
    }

    /** The focused element draws a focus outline or ring that can be seen. */
    private void assertFocusVisible() {
        Object shown = workbench.script("""
                const e = document.activeElement;
                if (!e || e === document.body) { return 'nothing has the focus'; }
                const s = getComputedStyle(e);
                const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
                const ring = s.boxShadow !== 'none';
                const r = e.getBoundingClientRect();
                return (outline || ring) && r.width > 0 && r.height > 0 ? 'visible'
                    : (e.id || e.tagName) + ': outline ' + s.outlineStyle + ' ' + s.outlineWidth + ', shadow ' + s.boxShadow;
                """);
        assertThat(shown).as("the focus at " + activeId() + " on " + workbench.path()).isEqualTo("visible");
    }
}
