package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.hotline.domain.Clock;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.hotline.domain.staff.Role;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The harness of the browser tests: the whole program on a free loopback port with an embedded database in a
 * temporary directory, and a headless Debian Chromium driving it, one of each per test class. Register it with
 * {@code @RegisterExtension static final Workbench workbench = new Workbench();}, or with settings (such as
 * {@code HOTLINE_JURISDICTION}) and a clock the test moves on: {@code new Workbench(Map.of(...), clock)}.
 *
 * <p>Where {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} is missing, every test of the class is reported
 * as skipped, never passed. Each test starts signed out. The helpers act as a person would, through the pages, and
 * wait explicitly for what they expect, never for a fixed time.
 *
 * <p>Every page the helpers open, submit to or wait for is checked with axe-core (WCAG 2.2 A and AA, and best
 * practices) once it is shown, where {@code scripts/fetch-axe.sh} fetched it: a test that met a page with a violation
 * fails after it ran, naming each violation with its page and elements.
 */
final class Workbench implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "administrator passphrase";
    private static final Duration WAIT = Duration.ofSeconds(15);

    /** Answers that every law finds illegal: a real child under 13, penetrative sexual activity (INTERPOL baseline). */
    static final Map<String, String> BASELINE_ANSWERS = Map.of("media", "PHOTO_OR_VIDEO", "age", "UNDER_13",
            "realChild", "REAL", "content", "PENETRATIVE_SEXUAL_ACTIVITY");

    private final Map<String, String> environment;
    private final Clock clock;
    private Path directory;
    private Hotline hotline;
    private WebDriver driver;
    private boolean administratorSetUp;
    private final Optional<Axe> axe = Axe.fetched();
    private final List<Axe.Violation> violations = new ArrayList<>();
    private final List<String> pagesChecked = new ArrayList<>();

    /** The program with its defaults, on the system clock. */
    Workbench() {
        this(Map.of(), Hotline.CLOCK);
    }

    /** The program with these settings (environment variables), on this clock. */
    Workbench(Map<String, String> environment, Clock clock) {
        this.environment = Map.copyOf(environment);
        this.clock = clock;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (!browserInstalled()) {
            return;
        }
        directory = Files.createTempDirectory("hotline-browser-test");
        hotline = Hotline.start(TestConfigurations.embeddedIn(directory.resolve("data"), environment),
                JurisdictionSettings.none(), clock);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + directory.resolve("chromium-profile"), "--window-size=1280,1024");
        // The console is kept, so that a test can read what the Content-Security-Policy refused.
        var logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        // Checked for each test, so that each is reported as skipped (a class aborted in beforeAll counts no test).
        Assumptions.assumeTrue(browserInstalled(),
                "browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER + ")");
        driver.manage().deleteAllCookies();
        violations.clear();
        pagesChecked.clear();
    }

    /** Fails the test that met a page with an accessibility violation, naming every one. */
    @Override
    public void afterEach(ExtensionContext context) {
        if (!violations.isEmpty()) {
            List<Axe.Violation> found = List.copyOf(violations);
            violations.clear();
            throw new AssertionError(found.size() + " accessibility violations (axe-core, " + String.join(", ", Axe.TAGS)
                    + "):\n" + String.join("\n", found.stream().map(Axe.Violation::toString).toList()));
        }
    }

    /** Whether axe-core was fetched, so that the pages are checked. */
    boolean checksAccessibility() {
        return axe.isPresent();
    }

    /** The pages checked with axe-core in this test so far, by path and query. */
    List<String> pagesChecked() {
        return List.copyOf(pagesChecked);
    }

    /** The violations found in this test so far; taken, so that the test itself reports them. */
    List<Axe.Violation> takeViolations() {
        List<Axe.Violation> found = List.copyOf(violations);
        violations.clear();
        return found;
    }

    /** Checks the page shown now with axe-core, once per document, where it was fetched. */
    private void checkAccessibility() {
        if (axe.isEmpty() || Boolean.TRUE.equals(script("return window.hotlineAxeChecked === true;"))) {
            return;
        }
        java.net.URI shown = java.net.URI.create(driver.getCurrentUrl());
        String page = shown.getPath() + (shown.getQuery() == null ? "" : "?" + shown.getQuery());
        violations.addAll(axe.get().check((JavascriptExecutor) driver, page));
        pagesChecked.add(page);
        script("window.hotlineAxeChecked = true;");
    }

    static boolean browserInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (hotline != null) {
                hotline.close();
            }
            deleteRecursively(directory);
        }
    }

    WebDriver driver() {
        return driver;
    }

    Hotline hotline() {
        return hotline;
    }

    void open(String path) {
        driver.get("http://127.0.0.1:" + hotline.port() + path);
        checkAccessibility();
    }

    /** The path of the page shown now. */
    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    WebElement find(String cssSelector) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    List<WebElement> all(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    /** Waits until the browser shows the page at {@code path} (after a form was sent, say). */
    void waitForPath(String path) {
        new WebDriverWait(driver, WAIT).until(d -> path().equals(path));
        new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> "complete".equals(script("return document.readyState;")));
        checkAccessibility();
    }

    /** The text of the element, once it is shown. */
    String text(String cssSelector) {
        return find(cssSelector).getText();
    }

    void type(String cssSelector, String text) {
        WebElement field = find(cssSelector);
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Clicks a button that sends a form, and waits until the browser shows the next page, fully loaded. The page being
     * left is marked, and the wait ends on a loaded document without the mark; questions asked while the browser is
     * between the two documents are asked again (Chromium may answer them with an error rather than "stale").
     */
    void submit(String cssSelector) {
        WebElement button = find(cssSelector);
        script("window.hotlinePageLeft = true;");
        button.click();
        new WebDriverWait(driver, WAIT)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(script(
                        "return window.hotlinePageLeft === undefined && document.readyState === 'complete';")));
        checkAccessibility();
    }

    /**
     * Presses keys that send a form or follow a link (Enter on a button, a shortcut), and waits until the browser shows
     * the next page, fully loaded, as {@link #submit} does for a click.
     */
    void pressToLeave(CharSequence... keys) {
        script("window.hotlinePageLeft = true;");
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
        new WebDriverWait(driver, WAIT)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(script(
                        "return window.hotlinePageLeft === undefined && document.readyState === 'complete';")));
        checkAccessibility();
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /**
     * The first administrator, set up through this run's one-time set-up address on first use; afterwards the same
     * administrator. Leaves the browser signed out.
     */
    void firstAdministrator() {
        if (administratorSetUp) {
            return;
        }
        String token = hotline.setupToken().orElseThrow(() -> new AssertionError("this run offered no set-up address"));
        open("/setup?token=" + token);
        assertThat(heading()).isEqualTo("Set up the first administrator");
        type("#username", ADMIN);
        type("#displayName", "Ada Administrator");
        type("#password", ADMIN_PASSWORD);
        type("#repeat", ADMIN_PASSWORD);
        submit("#set-up");
        waitForPath("/sign-in");
        administratorSetUp = true;
    }

    /** Signs in through the sign-in page; the browser ends on the page the sign-in led to. */
    void signIn(String username, String password) {
        open("/sign-in");
        type("#username", username);
        type("#password", password);
        submit("#sign-in");
    }

    void signInAsAdministrator() {
        firstAdministrator();
        signIn(ADMIN, ADMIN_PASSWORD);
        waitForPath("/admin/staff");
    }

    /** Signs out with the button of the navigation bar. */
    void signOut() {
        submit("#sign-out");
        waitForPath("/sign-in");
    }

    /**
     * Creates an account as the signed-in administrator; returns its temporary password, shown once.
     */
    String createStaff(String username, String displayName, Role... roles) {
        open("/admin/staff");
        type("#username", username);
        type("#displayName", displayName);
        for (Role role : roles) {
            find("#new-role-" + role.name()).click();
        }
        submit("#create-member");
        assertThat(heading()).isEqualTo("Account created");
        return find("#temporary-password").getText();
    }

    /** Signs in with a temporary password and chooses the member's own, as the sign-in then demands. */
    void signInFirstTime(String username, String temporary, String password) {
        signIn(username, temporary);
        waitForPath("/account/password");
        find("#password-forced");
        type("#current", temporary);
        type("#password", password);
        type("#repeat", password);
        submit("#change-password");
        find("#password-changed");
    }

    /** Files a report of one address through the public form, as a citizen would; returns the receipt's reference. */
    String fileReport(String address, String seen) {
        open("/report");
        type("#urls", address);
        find("#seen-" + seen).click();
        submit("main form button[type=submit]");
        return find("#reference").getText();
    }

    /** The row of the list shown now that holds the case of this (canonical) address. */
    WebElement caseRow(String address) {
        return all("table.queue tbody tr").stream()
                .filter(row -> row.findElement(By.cssSelector("code.address")).getText().equals(address))
                .findFirst().orElseThrow(() -> new AssertionError("no case of " + address + " in the list " + path()));
    }

    /** Opens the case of the address from the list at {@code listPath}; returns the case's identifier. */
    String openCase(String listPath, String address) {
        open(listPath);
        WebElement row = caseRow(address);
        String id = row.getAttribute("data-case");
        row.findElement(By.cssSelector("a.open-case")).click();
        waitForPath("/cases/" + id);
        return id;
    }

    /**
     * Answers the assessment form shown: each question named with the answer given, every other question (the home
     * law's own) with its last answer.
     */
    void answer(Map<String, String> answers) {
        for (WebElement question : all("#assessment fieldset.question")) {
            String id = question.getAttribute("id");
            List<WebElement> choices = question.findElements(By.cssSelector("input[type=radio]"));
            WebElement choice = answers.containsKey(id) ? find("#" + id + "-" + answers.get(id)) : choices.get(choices.size() - 1);
            choice.click();
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
