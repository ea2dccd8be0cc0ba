package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line's own behaviour: help, wrong usage and what it says, exit statuses; no database needed. */
class CommandLineTest {

    @TempDir
    Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void help_lists_every_command_and_the_exit_statuses() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("Usage: java -jar hotline.jar [-h] [COMMAND]")
                .containsPattern("(?m)^ +serve +Start the hotline")
                .containsPattern("(?m)^ +partner +Register, list and withdraw")
                .containsPattern("(?m)^ +backup +Write a consistent backup")
                .containsPattern("(?m)^ +restore +Restore a backup")
                .containsPattern("(?m)^ +audit +")
                .containsPattern("(?m)^ +pdq +Print hash,quality,file")
                .containsPattern("(?m)^ +law +")
                .containsPattern("(?m)^ +trace +Trace host names")
                .contains("2   wrong usage or wrong configuration");
        assertThat(err()).isEmpty();
    }

    @Test
    void each_command_has_its_own_help_with_its_parameters() {
        assertThat(run("partner", "add", "--help")).isZero();
        assertThat(out()).contains("Usage: java -jar hotline.jar partner add [-h] NAME...").contains("print its API key, once");
        out.reset();
        assertThat(run("partner", "--help")).isZero();
        assertThat(out()).containsPattern("(?m)^ +add +").containsPattern("(?m)^ +list +").containsPattern("(?m)^ +withdraw +");
        out.reset();
        assertThat(run("serve", "--help")).as("help only: nothing starts").isZero();
        assertThat(out()).contains("Usage: java -jar hotline.jar serve [-h]");
        out.reset();
        assertThat(run("help")).as("'help' is not a command; --help is").isEqualTo(2);
    }

    @Test
    void an_unknown_command_is_named_and_the_usage_printed() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err()).contains("Unmatched argument at index 0: 'frobnicate'").contains("Usage: java -jar hotline.jar");
        assertThat(out()).isEmpty();
    }

    @Test
    void an_unknown_option_or_a_missing_parameter_is_named() {
        assertThat(run("pdq", "--fast", "picture.jpg")).isEqualTo(2);
        assertThat(err()).contains("Unknown option: '--fast'").contains("Usage: java -jar hotline.jar pdq [-h] FILE...");
        err.reset();
        assertThat(run("backup")).isEqualTo(2);
        assertThat(err()).contains("Missing required parameter: 'FILE'");
        err.reset();
        assertThat(run("backup", "one", "two")).isEqualTo(2);
        assertThat(err()).contains("Unmatched argument at index 2: 'two'");
    }

    @Test
    void a_word_that_groups_commands_names_the_commands_that_follow_it() {
        assertThat(run("partner")).isEqualTo(2);
        assertThat(err()).contains("'partner' needs one of these commands after it: add, list, withdraw.");
        err.reset();
        assertThat(run("law")).isEqualTo(2);
        assertThat(err()).contains("'law' needs one of these commands after it: changes.");
    }

    @Test
    void a_partner_is_named_by_its_identifier() {
        assertThat(run("partner", "withdraw", "not-an-id")).isEqualTo(2);
        assertThat(err()).contains("'not-an-id' is not a partner's identifier; a partner is named by its identifier, as "
                + "'partner list' shows it.");
    }

    @Test
    void a_wrong_configuration_is_named_and_only_stops_the_commands_that_read_it() {
        Map<String, String> environment = Map.of("HOTLINE_DATA_DIR", data.toString(), "HOTLINE_PORT", "seventy");
        var context = new Commands.Context(() -> Configuration.read(environment), false, print(out), print(err));
        assertThat(Commands.run(List.of("audit", "verify"), context)).isEqualTo(2);
        assertThat(err()).contains("The configuration is wrong:").contains("  - HOTLINE_PORT ")
                .contains("See docs/configuration.md");
        err.reset();
        var again = new Commands.Context(() -> Configuration.read(environment), false, print(out), print(err));
        assertThat(Commands.run(List.of("pdq", data.resolve("missing.png").toString()), again))
                .as("pdq reads no configuration").isEqualTo(1);
        assertThat(err()).isEqualTo(data.resolve("missing.png") + ": no such file" + System.lineSeparator());
    }

    @Test
    void every_command_class_is_reachable_from_the_command_line() {
        Set<Class<?>> declared = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.hotline.application").stream()
                .filter(type -> type.isAnnotatedWith(CommandLine.Command.class))
                .map(JavaClass::reflect).collect(Collectors.toSet());
        Set<Class<?>> reachable = new HashSet<>();
        collect(Commands.commandLine(new Commands.Context(() -> null, false, print(out), print(err))), reachable);
        assertThat(declared).as("the commands found (the check is not vacuous)").contains(Commands.class, PdqCommand.class,
                PartnerCommands.Withdraw.class);
        assertThat(reachable).as("a class annotated @Command but missing from Commands.COMMANDS or its group's subcommands")
                .containsAll(declared);
    }

    private static void collect(CommandLine line, Set<Class<?>> into) {
        into.add(line.getCommand().getClass());
        line.getSubcommands().values().forEach(sub -> collect(sub, into));
    }

    private int run(String... args) {
        return Commands.run(List.of(args), TestConfigurations.embeddedIn(data), print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream stream) {
        return new PrintStream(stream, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
