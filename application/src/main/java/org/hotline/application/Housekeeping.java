package org.hotline.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.IntSupplier;

import org.hotline.adapters.persistence.ScheduledRounds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rounds of tidying up the running program does on its own: claims that ran out are given back to the queue (so
 * that the lists and the audit trail show it; the domain counts them free either way), rate buckets of clients gone
 * quiet are forgotten, and so on. Each instance ticks on a daemon thread; with several instances on one database each
 * round runs on one of them (see {@link ScheduledRounds}). A round that fails (the database away, say) is logged and
 * tried again at the next tick.
 */
final class Housekeeping implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

    /** One kind of tidying: its name, how often it is due, the work (which says how much it tidied), and its log line. */
    record Round(String name, Duration every, IntSupplier work, String done) {

        Round {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(every, "every");
            Objects.requireNonNull(work, "work");
            Objects.requireNonNull(done, "done");
        }
    }

    private final ScheduledRounds rounds;
    private final List<Round> work;
    private final List<ScheduledExecutorService> schedules = new ArrayList<>();

    private Housekeeping(ScheduledRounds rounds, List<Round> work) {
        this.rounds = rounds;
        this.work = List.copyOf(work);
    }

    static Housekeeping start(ScheduledRounds rounds, List<Round> work) {
        Housekeeping housekeeping = new Housekeeping(rounds, work);
        for (Round round : work) {
            housekeeping.schedules.add(Rounds.every(round.every(), round.name(), () -> housekeeping.run(round)));
        }
        return housekeeping;
    }

    /** Every round, now, where it is due: what a tick of each round's schedule does. */
    void tick() {
        work.forEach(this::run);
    }

    /** The named round's work now, due or not (tests move their clock on, not the database's). */
    void runNow(String name) {
        work.stream().filter(round -> round.name().equals(name)).forEach(round -> round.work().getAsInt());
    }

    /** One round, where it is due. */
    void run(Round round) {
        try {
            rounds.runIfDue(round.name(), round.every(), () -> {
                int tidied = round.work().getAsInt();
                if (tidied > 0) {
                    LOG.atInfo().addKeyValue("round", round.name()).addKeyValue("count", tidied).log(round.done());
                }
            });
        } catch (RuntimeException e) {
            LOG.atWarn().addKeyValue("round", round.name()).addKeyValue("cause", e.getMessage())
                    .log("a round of housekeeping could not be done this time");
        }
    }

    @Override
    public void close() {
        schedules.forEach(ScheduledExecutorService::shutdownNow);
    }
}
