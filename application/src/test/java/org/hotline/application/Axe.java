package org.hotline.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core, Deque's accessibility rules engine, run in the browser tests' Chromium on a page: WCAG 2.0, 2.1 and 2.2 A
 * and AA, and axe's best practices. It is fetched by {@code scripts/fetch-axe.sh} (which {@code test.sh} runs) into
 * {@code .cache/axe-core} of the repository, never committed; where it is absent the checks are skipped.
 */
final class Axe {

    /** The rules run: every WCAG 2.x level A and AA success criterion axe checks, and its best practices. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                .then(results => done(results.violations.map(v => ({rule: v.id, impact: v.impact || '', help: v.help,
                    targets: v.nodes.map(node => node.target.join(' '))}))))
                .catch(error => done('axe failed: ' + error));
            """;

    /** One rule a page breaks, with the elements that break it. */
    record Violation(String page, String rule, String impact, String help, List<String> targets) {

        @Override
        public String toString() {
            return page + ": " + rule + " (" + impact + ") " + help + " at " + String.join(", ", targets);
        }
    }

    private final String source;

    private Axe(String source) {
        this.source = source;
    }

    /** axe-core as fetched into the repository, if it was. */
    static Optional<Axe> fetched() {
        return Optional.ofNullable(repositoryRoot()).map(root -> root.resolve(".cache/axe-core/axe.min.js"))
                .filter(Files::isRegularFile).map(file -> {
                    try {
                        return new Axe(Files.readString(file));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** The violations on the page the browser shows now, named by {@code page}. */
    List<Violation> check(JavascriptExecutor browser, String page) {
        if (!Boolean.TRUE.equals(browser.executeScript("return typeof window.axe === 'object';"))) {
            browser.executeScript(source);
        }
        Object found = browser.executeAsyncScript(RUN, TAGS);
        if (!(found instanceof List<?> violations)) {
            throw new IllegalStateException("axe-core did not run on " + page + ": " + found);
        }
        List<Violation> named = new ArrayList<>();
        for (Object each : violations) {
            Map<?, ?> violation = (Map<?, ?>) each;
            named.add(new Violation(page, (String) violation.get("rule"), (String) violation.get("impact"),
                    (String) violation.get("help"), ((List<?>) violation.get("targets")).stream().map(String::valueOf).toList()));
        }
        return named;
    }

    /** The directory of the root pom, walking up from the module's directory. */
    private static Path repositoryRoot() {
        Path directory = Path.of("").toAbsolutePath();
        Path root = null;
        for (Path at = directory; at != null; at = at.getParent()) {
            if (Files.isRegularFile(at.resolve("pom.xml"))) {
                root = at;
            } else if (root != null) {
                break;
            }
        }
        return root;
    }
}
