package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownCommandTest {

    static final String MD5 = "0123456789abcdef0123456789abcdef";
    static final String SHA1 = "0123456789abcdef0123456789abcdef01234567";

    @TempDir
    Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void a_list_is_defined_imported_shown_and_retracted_from() throws Exception {
        Configuration configuration = TestConfigurations.embeddedIn(data.resolve("db"));
        Path file = Files.writeString(data.resolve("made-up.txt"), MD5 + "\r\n" + SHA1 + "\r\n");

        assertThat(run(configuration, "known", "define", "made-up", "--source", "partner-hotline", "--jurisdiction", "gb",
                "--category", "C")).as(err.toString()).isZero();
        assertThat(run(configuration, "known", "import", file.toString(), "--list", "made-up")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("2 entries read: 2 added");
        assertThat(run(configuration, "known", "import", file.toString(), "--list", "made-up")).isZero();
        assertThat(out.toString()).contains("2 entries read: 0 added, 2 already held");
        assertThat(run(configuration, "known", "retract", "--list", "made-up", "--reason", "a false match", MD5)).isZero();
        out.reset();

        assertThat(run(configuration, "known", "lists")).isZero();
        assertThat(out.toString()).contains("made-up").contains("partner-hotline").contains("GB")
                .containsPattern("1 held +1 retracted").contains("illegal, category C");
    }

    @Test
    void a_bad_line_is_named_and_nothing_is_imported() throws Exception {
        Configuration configuration = TestConfigurations.embeddedIn(data.resolve("db"));
        Path file = Files.writeString(data.resolve("list.csv"), "algorithm,hash,verdict,category,baseline,added\n"
                + "md5," + MD5 + ",,,,\nmd5,123,,,,\n");
        assertThat(run(configuration, "known", "define", "own", "--source", "own", "--jurisdiction", "BE")).isZero();

        assertThat(run(configuration, "known", "import", file.toString(), "--list", "own")).isEqualTo(1);
        assertThat(err.toString()).contains("line 3: a md5 hash has 32 hexadecimal digits, not 3. Nothing was imported.");
        out.reset();
        run(configuration, "known", "lists");
        assertThat(out.toString()).containsPattern(" 0 held");
    }

    @Test
    void wrong_arguments_are_answered_with_the_usage_before_any_database_is_started() {
        Configuration configuration = TestConfigurations.embeddedIn(data.resolve("db"));

        assertThat(run(configuration, "known", "define", "x", "--source", "somewhere", "--jurisdiction", "BE")).isEqualTo(2);
        assertThat(err.toString()).contains("own, partner-hotline or national-list").contains("--source");
        assertThat(run(configuration, "known", "import", data.resolve("absent").toString(), "--list", "x")).isEqualTo(2);
        assertThat(run(configuration, "known", "retract", "--list", "x", "--reason", "r", "abc")).isEqualTo(2);
        assertThat(run(configuration, "known", "frobnicate")).isEqualTo(2);
        assertThat(Files.exists(data.resolve("db"))).isFalse();
    }

    private int run(Configuration configuration, String... args) {
        return Commands.run(List.of(args), configuration, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
