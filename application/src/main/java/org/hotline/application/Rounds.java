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
        ScheduledExecutorService schedule = daemon(threadName);
        repeat(schedule, every, work);
        return schedule;
    }

    /** A schedule of one daemon thread of the given name, with nothing on it yet. */
    static ScheduledExecutorService daemon(String threadName) {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Puts the work on the schedule every {@code every}, the first time after one interval. */
    static void repeat(ScheduledExecutorService schedule, Duration every, Runnable work) {
        repeat(schedule, every, every, work);
    }

    /** Puts the work on the schedule every {@code every}, the first time after {@code first}. */
    static void repeat(ScheduledExecutorService schedule, Duration first, Duration every, Runnable work) {
        schedule.scheduleWithFixedDelay(work, first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the schedule, interrupting the work in hand, and waits up to ten seconds for it to end. */
    static void stop(ScheduledExecutorService schedule) {
        schedule.shutdownNow();
        try {
            schedule.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
