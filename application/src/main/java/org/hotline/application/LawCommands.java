package org.hotline.application;

import org.hotline.adapters.persistence.Database;
import org.hotline.adapters.persistence.PostgresAssessments;
import org.hotline.adapters.persistence.PostgresCases;
import org.hotline.domain.assessment.LawChanges;
import org.hotline.domain.law.Classification;
import org.hotline.domain.law.StatuteReference;
import org.hotline.domain.law.Verdict;
import picocli.CommandLine.Command;

/** {@code law changes}: the open cases the law in force would decide otherwise than they were decided. */
@Command(name = "law", description = "The law in force and the cases it affects.", subcommands = LawCommands.Changes.class)
final class LawCommands extends CommandGroup {

    @Command(name = "changes", description = "List the open cases the law in force (the adapter's rules and its "
            + "HOTLINE_LAW_* settings) would decide otherwise, each with the verdict it follows and the one it would get.")
    static final class Changes extends HotlineCommand {

        @Override
        public Integer call() {
            return withDatabase(this::lawChanges);
        }

        private int lawChanges(Database database) {
            Configuration configuration = configuration();
            var home = Jurisdictions.discover(configuration).home(configuration.jurisdiction(),
                    Jurisdictions.settingsFrom(System.getenv()));
            var changes = new LawChanges(home.law(), new PostgresCases(database), new PostgresAssessments(database))
                    .affectedOpenCases();
            out().println("Rule book in force: " + home.law().ruleBookVersion() + " (" + home.jurisdiction().name() + ").");
            out().println(changes.isEmpty() ? "No open case would be decided otherwise."
                    : changes.size() + " open case(s) would be decided otherwise; decide them again by appeal or legal decision:");
            for (var change : changes) {
                var recorded = change.recorded().classification();
                out().println(change.theCase().id() + "  " + change.theCase().state().name() + "  "
                        + change.theCase().url().canonical());
                out().println("    follows: " + describe(recorded) + ", rule book " + recorded.ruleBook() + ", law of "
                        + recorded.lawDate());
                out().println("    now:     " + change.now().fold(unreadable -> unreadable, LawCommands::describe));
            }
            return Commands.DONE;
        }
    }

    private static String describe(Classification classification) {
        var verdict = classification.verdict();
        String citations = verdict instanceof Verdict.Illegal illegal
                ? " (" + illegal.references().map(StatuteReference::citation).mkString("; ") + ")"
                : "";
        return verdict.kind() + " by the rule '" + classification.rule() + "'" + citations;
    }
}
