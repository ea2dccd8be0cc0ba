package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

import org.hotline.adapters.web.Visitor;
import org.hotline.domain.CountryCode;
import org.hotline.domain.jurisdiction.Jurisdiction;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.hotline.domain.staff.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A country added without rebuilding the program: the test compiles a law adapter from one source file outside the
 * build (Pluginland, XP), packs it into a jar with its service registration, drops it into a plug-in directory and
 * starts the program on it. An analyst then assesses a report under Pluginland's own questions and law.
 */
class PluginCountryTest {

    private static final String PLUGINLAND = "org.hotline.adapters.law.xp.Pluginland";
    private static final String PASSWORD = "analyst passphrase";

    @TempDir
    Path directory;

    @Test
    void a_country_dropped_in_as_a_jar_is_the_home_jurisdiction_with_no_other_change() throws Exception {
        Path plugins = pluginDirectoryWith(pluginlandJar());
        assertThatThrownBy(() -> Class.forName(PLUGINLAND)).as("Pluginland is not on the class path")
                .isInstanceOf(ClassNotFoundException.class);

        Configuration configuration = TestConfigurations.embeddedIn(directory.resolve("data"),
                Map.of("HOTLINE_JURISDICTION", "XP", "HOTLINE_PLUGINS_DIR", plugins.toString()));
        try (Hotline hotline = Hotline.start(configuration, JurisdictionSettings.none())) {
            var staffing = new Staffing(hotline);
            Visitor analyst = staffing.member(staffing.firstAdministrator(), "ann", PASSWORD, Role.ANALYST);
            Visitor reporter = staffing.visitor();
            reporter.get("/report");
            assertThat(reporter.postForm("/report", "urls", "https://example.org/plugin", "seen", "IMAGES").statusCode())
                    .isEqualTo(303);

            analyst.get("/queue");
            String caseUrl = analyst.postForm("/queue/claim-next").headers().firstValue("Location").orElseThrow();
            Document form = Jsoup.parse(analyst.get(caseUrl).body());
            assertThat(form.select("#offeredForSale legend").text()).isEqualTo("Is the material offered for sale?");

            assertThat(analyst.postForm(caseUrl + "/confirm", "media", "PHOTO_OR_VIDEO", "age", "UNDER_13",
                    "realChild", "REAL", "content", "GENITAL_OR_ANAL_FOCUS", "offeredForSale", "YES").statusCode())
                    .isEqualTo(303);
            Document decided = Jsoup.parse(analyst.get(caseUrl).body());
            assertThat(decided.select("#history .citation").text()).isEqualTo("Pluginland Child Protection Code art. 7");
            assertThat(decided.select("#history .verdict-rule").text()).isEqualTo("art-7-offered-for-sale");
            assertThat(decided.select("#history .severity").text()).isEqualTo("Pluginland grade aggravated");
        }
    }

    @Test
    void a_plug_in_found_beside_the_built_in_adapters_is_listed_with_them() throws Exception {
        Path plugins = pluginDirectoryWith(pluginlandJar());

        var jurisdictions = Jurisdictions.discover(Plugins.loader(java.util.Optional.of(plugins),
                PluginCountryTest.class.getClassLoader()));

        assertThat(jurisdictions.available().keySet()).contains(new CountryCode("BE"), new CountryCode("XP"));
        assertThat(Plugins.in(plugins)).singleElement().satisfies(plugin -> assertThat(plugin.sha256()).hasSize(64));
    }

    @Test
    void a_plug_in_that_claims_a_built_in_country_is_refused_naming_both() throws Exception {
        Path plugins = pluginDirectoryWith(jarOf(compile(Files.readString(source()).replace("\"XP\"", "\"BE\""))));

        assertThatThrownBy(() -> Jurisdictions.discover(Plugins.loader(java.util.Optional.of(plugins),
                PluginCountryTest.class.getClassLoader())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Two law adapters claim BE").hasMessageContaining(PLUGINLAND);
    }

    @Test
    void a_plug_in_directory_that_others_may_write_to_is_refused_before_anything_is_loaded() throws Exception {
        Path plugins = pluginDirectoryWith(pluginlandJar());
        Files.setPosixFilePermissions(plugins, PosixFilePermissions.fromString("rwxrwxrwx"));

        assertThatThrownBy(() -> Plugins.loader(java.util.Optional.of(plugins), PluginCountryTest.class.getClassLoader()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("HOTLINE_PLUGINS_DIR").hasMessageContaining("chmod go-w");
    }

    /** Pluginland's jar, built from its source as its hotline would build it: against the domain alone. */
    private Path pluginlandJar() throws IOException {
        return jarOf(compile(Files.readString(source())));
    }

    private static Path source() {
        return Path.of("src/test/resources/plugins/Pluginland.java");
    }

    private Path compile(String source) throws IOException {
        Path sources = Files.createTempDirectory(directory, "plugin-source");
        Path classes = Files.createTempDirectory(directory, "plugin-classes");
        Path file = sources.resolve("Pluginland.java");
        Files.writeString(file, source);
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                "-classpath", System.getProperty("java.class.path"), "--release", "17", file.toString());
        assertThat(status).as("javac on Pluginland.java").isZero();
        return classes;
    }

    private Path jarOf(Path classes) throws IOException {
        Path jar = Files.createTempFile(directory, "pluginland", ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                add(out, classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
            add(out, "META-INF/services/" + Jurisdiction.class.getName(), (PLUGINLAND + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    private static void add(JarOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content);
        out.closeEntry();
    }

    /** A directory only its owner may write to, holding the given jars. */
    private Path pluginDirectoryWith(Path... jars) throws IOException {
        Path plugins = Files.createDirectory(directory.resolve("plugins"));
        for (Path jar : List.of(jars)) {
            Path placed = Files.move(jar, plugins.resolve(jar.getFileName()));
            Files.setPosixFilePermissions(placed, PosixFilePermissions.fromString("rw-r--r--"));
        }
        Files.setPosixFilePermissions(plugins, PosixFilePermissions.fromString("rwxr-xr-x"));
        return plugins;
    }
}
