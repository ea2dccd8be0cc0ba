package org.hotline.application;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Work the running program repeats on its own, on a daemon thread, so that it never keeps the program from stopping. */
final class Rounds {

    private Rounds() {
    }

    /** Runs the work every {@code every}, the first time after one interval; shut the returned service down to stop. */
    static ScheduledExecutorService every(Duration every, String threadName, Runnable work) {
        ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        schedule.scheduleWithFixedDelay(work, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return schedule;
    }
}
