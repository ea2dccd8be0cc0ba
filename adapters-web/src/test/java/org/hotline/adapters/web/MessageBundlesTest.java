package org.hotline.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The bundled languages hold the same words: a key one bundle has and another lacks would show a page half in English,
 * so the test names every such key, bundle by bundle. Translations also take the arguments English takes.
 */
class MessageBundlesTest {

    private static final List<String> BUNDLED = List.of("", "nl", "fr");

    @Test
    void every_bundle_holds_every_key_another_holds() {
        assertThat(missingKeys(bundled())).as("keys a bundle lacks, by bundle").isEmpty();
    }

    @Test
    void a_bundle_that_lacks_a_key_is_named_with_the_keys_it_lacks() {
        Map<String, Properties> bundles = new LinkedHashMap<>();
        bundles.put("en", properties("a", "b", "c"));
        bundles.put("nl", properties("a", "c"));
        bundles.put("fr", properties("a", "b", "c", "d"));

        assertThat(missingKeys(bundles)).isEqualTo(Map.of("en", Set.of("d"), "nl", Set.of("b", "d")));
    }

    @Test
    void every_translation_takes_the_arguments_english_takes() {
        Map<String, Properties> bundles = bundled();
        Properties english = bundles.get("en");
        Map<String, String> wrong = new TreeMap<>();
        for (var language : bundles.entrySet()) {
            for (String key : english.stringPropertyNames()) {
                String value = language.getValue().getProperty(key);
                if (value == null) {
                    continue;
                }
                if (!english.getProperty(key).contains("{")) {
                    if (value.contains("''") || value.contains("{")) {
                        wrong.put(language.getKey() + " " + key, "is shown as written, so it takes no quotes doubled and no argument");
                    }
                    continue;
                }
                int expected = new MessageFormat(english.getProperty(key)).getFormatsByArgumentIndex().length;
                int taken = new MessageFormat(value).getFormatsByArgumentIndex().length;
                if (taken != expected) {
                    wrong.put(language.getKey() + " " + key, "takes " + taken + " arguments, English " + expected
                            + " (is a single quote not doubled?)");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void every_bundles_time_patterns_are_patterns() {
        for (var language : bundled().entrySet()) {
            for (String key : List.of("format.when", "format.hour")) {
                assertThat(DateTimeFormatter.ofPattern(language.getValue().getProperty(key))).as(language.getKey() + " " + key)
                        .isNotNull();
            }
        }
    }

    /** For each bundle, the keys some other bundle has and it lacks; bundles that lack none are left out. */
    static Map<String, Set<String>> missingKeys(Map<String, Properties> bundles) {
        Set<String> every = new TreeSet<>();
        bundles.values().forEach(bundle -> every.addAll(bundle.stringPropertyNames()));
        Map<String, Set<String>> missing = new TreeMap<>();
        bundles.forEach((language, bundle) -> {
            Set<String> lacks = new TreeSet<>(every);
            lacks.removeAll(bundle.stringPropertyNames());
            if (!lacks.isEmpty()) {
                missing.put(language, lacks);
            }
        });
        return missing;
    }

    private static Map<String, Properties> bundled() {
        Map<String, Properties> bundles = new LinkedHashMap<>();
        for (String language : BUNDLED) {
            String name = "/i18n/messages" + (language.isEmpty() ? "" : "_" + language) + ".properties";
            Properties bundle = new Properties();
            try (var in = MessageBundlesTest.class.getResourceAsStream(name)) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundles.put(language.isEmpty() ? "en" : language, bundle);
        }
        return bundles;
    }

    private static Properties properties(String... keys) {
        Properties bundle = new Properties();
        Arrays.stream(keys).forEach(key -> bundle.setProperty(key, key));
        return bundle;
    }
}
