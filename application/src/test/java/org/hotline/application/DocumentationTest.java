package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The README stays the short entry it promises, and no link of the documentation leads nowhere: every relative link
 * of the README, of docs/ and of the modules' READMEs names a file that exists and, where it names a heading, a
 * heading that file has.
 */
class DocumentationTest {

    /** The repository's root, seen from the application module where the tests run. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+)$", Pattern.MULTILINE);

    @Test
    void the_readme_is_under_twenty_kilobytes() throws IOException {
        assertThat(Files.size(ROOT.resolve("README.md"))).as("bytes of README.md").isLessThan(20_000);
    }

    @Test
    void every_relative_link_of_the_documentation_names_a_file_and_a_heading_that_exist() throws IOException {
        List<String> broken = new ArrayList<>();
        List<Path> documents = documents();
        assertThat(documents).as("documents read").hasSizeGreaterThan(10);
        for (Path document : documents) {
            String text = Files.readString(document, StandardCharsets.UTF_8);
            Matcher link = LINK.matcher(text);
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue;
                }
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : "";
                Path linked = file.isEmpty() ? document : document.getParent().resolve(file).normalize();
                if (!Files.exists(linked)) {
                    broken.add(ROOT.relativize(document) + ": " + target + " (no such file)");
                } else if (!anchor.isEmpty() && linked.toString().endsWith(".md") && !anchorsOf(linked).contains(anchor)) {
                    broken.add(ROOT.relativize(document) + ": " + target + " (no such heading)");
                }
            }
        }
        assertThat(broken).as("links that lead nowhere").isEmpty();
    }

    @Test
    void a_heading_becomes_the_anchor_a_markdown_renderer_gives_it() {
        assertThat(anchor("Known content")).isEqualTo("known-content");
        assertThat(anchor("`known import`: lists, formats (CSV, VICS)")).isEqualTo("known-import-lists-formats-csv-vics");
        assertThat(anchor("Withdrawals are requests through the ports")).isEqualTo("withdrawals-are-requests-through-the-ports");
    }

    private static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>();
        documents.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        try (Stream<Path> modules = Files.list(ROOT)) {
            modules.map(module -> module.resolve("README.md"))
                    .filter(readme -> Files.isRegularFile(readme) && !readme.getParent().equals(ROOT))
                    .sorted().forEach(documents::add);
        }
        return documents;
    }

    private static Set<String> anchorsOf(Path document) throws IOException {
        Matcher heading = HEADING.matcher(Files.readString(document, StandardCharsets.UTF_8));
        return heading.results().map(result -> anchor(result.group(1))).collect(Collectors.toSet());
    }

    /** The anchor of a heading as GitHub writes it: lower case, punctuation dropped, spaces become hyphens. */
    static String anchor(String heading) {
        String plain = Normalizer.normalize(heading.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^\\p{L}\\p{N}\\s_-]", "").replace(' ', '-');
    }
}
