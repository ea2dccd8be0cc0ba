package org.hotline.application;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;

import org.hotline.adapters.persistence.Database;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command of the program's command line: it declares its options and parameters with picocli's annotations, and
 * finds here where to print, the configuration and the database. Its {@code call} answers the exit status:
 * {@link Commands#DONE}, {@link Commands#FAILED} or {@link Commands#WRONG_USAGE}.
 */
abstract class HotlineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    final Commands.Context context() {
        return ((Commands) spec.root().userObject()).context();
    }

    final PrintStream out() {
        return context().out();
    }

    final PrintStream err() {
        return context().err();
    }

    final Configuration configuration() {
        return context().configuration();
    }

    /** Runs the command against the database, started as the configuration says and stopped after it. */
    final int withDatabase(ToIntFunction<Database> command) {
        Configuration configuration = configuration();
        try (Database database = Database.start(configuration.database())) {
            if (!database.ready()) {
                err().println("The database is not reachable: " + configuration.database());
                return Commands.FAILED;
            }
            return command.applyAsInt(database);
        } catch (RuntimeException e) {
            err().println(e.getMessage());
            return Commands.FAILED;
        }
    }
}
