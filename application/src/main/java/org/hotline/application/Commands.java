package org.hotline.application;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The program's command line (picocli): {@code serve}, which is also what runs without a command, and the commands an
 * operator runs besides serving. Each says what it did, or what went wrong, in one or two lines. With the embedded
 * database they run while the server is stopped (the data directory is locked while it runs).
 *
 * <p>A command is one class annotated {@code @Command} that extends {@link HotlineCommand} (or {@link CommandGroup}
 * for a word such as {@code partner} that only groups commands), named once in {@link #COMMANDS}.
 */
@Command(name = "java -jar hotline.jar", usageHelpAutoWidth = true,
        description = "The hotline's case-management program. Without a command it serves (as 'serve' does).",
        synopsisSubcommandLabel = "[COMMAND]", commandListHeading = "%nCommands:%n",
        footerHeading = "%n", footer = {"Settings come from the environment (HOTLINE_*); see "
                + "docs/configuration.md.", "Add --help after a command for its own help (partner add --help)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done", "1:failed (the message says why)", "2:wrong usage or wrong configuration (the message says what was wrong)"})
final class Commands implements Callable<Integer> {

    /** Every top-level command, in the order the help lists them. A new command is its class and one line here. */
    static final List<Class<?>> COMMANDS = List.of(
            ServeCommand.class,
            PartnerCommands.class,
            BackupCommand.class,
            RestoreCommand.class,
            AuditCommands.class,
            PdqCommand.class,
            LawCommands.class,
            TraceCommand.class,
            KnownCommands.class);

    static final int DONE = 0;
    static final int FAILED = 1;
    static final int WRONG_USAGE = 2;

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "Print this help and exit.")
    boolean help;

    private final Context context;

    private Commands(Context context) {
        this.context = context;
    }

    /** Runs a command as {@link Main} does: the configuration comes from the environment, read only if the command needs it. */
    static int run(List<String> args, Map<String, String> environment, PrintStream out, PrintStream err) {
        return run(args, new Context(() -> Configuration.read(environment), true, out, err));
    }

    /** Runs a command with the given configuration; the exit status: 0 done, 1 failed, 2 wrong usage. */
    static int run(List<String> args, Configuration configuration, PrintStream out, PrintStream err) {
        return run(args, new Context(() -> new Configuration.Result(Optional.of(configuration), List.of()), false, out, err));
    }

    /** Runs a command in the given context. */
    static int run(List<String> args, Context context) {
        return new Commands(context).execute(args);
    }

    /** Without a command: serve. */
    @Override
    public Integer call() {
        return ServeCommand.serve(context);
    }

    Context context() {
        return context;
    }

    private int execute(List<String> args) {
        CommandLine line = commandLine(this);
        line.setExecutionStrategy(parsed -> {
            Object command = parsed.asCommandLineList().get(parsed.asCommandLineList().size() - 1).getCommand();
            context.prepareLogging(command instanceof Commands || command instanceof ServeCommand);
            return new CommandLine.RunLast().execute(parsed);
        });
        return line.execute(args.toArray(String[]::new));
    }

    /** The command line with every command, printing where the context prints. */
    static CommandLine commandLine(Context context) {
        return commandLine(new Commands(context));
    }

    private static CommandLine commandLine(Commands root) {
        CommandLine line = new CommandLine(root);
        COMMANDS.forEach(line::addSubcommand);
        line.setOut(writer(root.context.out()));
        line.setErr(writer(root.context.err()));
        line.setExecutionExceptionHandler((failure, failed, parsed) -> root.failed(failure));
        return line;
    }

    private int failed(Exception failure) {
        if (failure instanceof WrongConfiguration wrong) {
            context.err().println("The configuration is wrong:");
            wrong.problems().forEach(problem -> context.err().println("  - " + problem));
            context.err().println("See docs/configuration.md for every setting and its default.");
            return WRONG_USAGE;
        }
        context.err().println(failure.getMessage() == null ? failure.toString() : failure.getMessage());
        return FAILED;
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(stream, true);
    }

    /** What every command works with: where it prints, and the configuration, read the first time one needs it. */
    static final class Context {

        private final Supplier<Configuration.Result> source;
        private final boolean setsUpLogging;
        private final PrintStream out;
        private final PrintStream err;
        private boolean serving;
        private Configuration configuration;

        /**
         * @param source        reads the configuration when a command first needs it
         * @param setsUpLogging whether the configuration's log format applies and commands other than serving log
         *                      only warnings and errors (for the program; a test's process keeps its logging)
         */
        Context(Supplier<Configuration.Result> source, boolean setsUpLogging, PrintStream out, PrintStream err) {
            this.source = source;
            this.setsUpLogging = setsUpLogging;
            this.out = out;
            this.err = err;
        }

        PrintStream out() {
            return out;
        }

        PrintStream err() {
            return err;
        }

        /** The configuration; a wrong one ends the command with status 2 and every problem named. */
        Configuration configuration() {
            if (configuration == null) {
                var result = source.get();
                configuration = result.configuration().orElseThrow(() -> new WrongConfiguration(result.problems()));
                if (setsUpLogging) {
                    Logging.configure(configuration.logFormat());
                    prepareLogging(serving);
                }
            }
            return configuration;
        }

        /** A command other than serving logs only warnings and errors, so that what it prints stands out. */
        private void prepareLogging(boolean serving) {
            this.serving = serving;
            if (setsUpLogging && !serving) {
                Logging.quiet();
            }
        }
    }

    /** The configuration has problems; each is named. */
    static final class WrongConfiguration extends RuntimeException {

        private final transient List<String> problems;

        WrongConfiguration(List<String> problems) {
            super("the configuration is wrong: " + String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        List<String> problems() {
            return problems;
        }
    }
}
