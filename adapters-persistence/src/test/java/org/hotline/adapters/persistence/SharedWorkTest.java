package org.hotline.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.hotline.domain.throttle.Admission;
import org.hotline.domain.throttle.Allowance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the program on one database, each with its own connection pool, sharing the work: a scheduled
 * round runs once, jobs are taken by one instance each, and token buckets are counted together.
 */
class SharedWorkTest {

    @TempDir
    Path unused;

    private Database first;
    private Database second;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);

    @BeforeEach
    void twoInstances() throws Exception {
        first = TestDatabase.empty();
        String url;
        try (var connection = first.dataSource().getConnection()) {
            url = connection.getMetaData().getURL();
        }
        second = Database.start(TestDatabase.asExternal(url, unused).withPoolSize(8));
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
        second.close();
    }

    @Test
    void a_round_that_is_due_runs_once_however_many_instances_ask_at_once() throws Exception {
        String round = "round-" + UUID.randomUUID().toString().substring(0, 8);
        AtomicInteger runs = new AtomicInteger();
        List<Callable<Boolean>> asks = new ArrayList<>();
        for (Database instance : List.of(first, second, first, second, first, second)) {
            asks.add(() -> new ScheduledRounds(instance).runIfDue(round, Duration.ofHours(1), () -> {
                runs.incrementAndGet();
                pause(300);
            }));
        }

        List<Boolean> ran = all(asks);

        assertThat(runs).hasValue(1);
        assertThat(ran).containsOnlyOnce(true);
        assertThat(new ScheduledRounds(second).runIfDue(round, Duration.ofHours(1), runs::incrementAndGet))
                .as("not due again for an hour").isFalse();
        assertThat(runs).hasValue(1);
    }

    @Test
    void a_round_is_due_again_once_its_period_has_passed() {
        String round = "round-" + UUID.randomUUID().toString().substring(0, 8);
        AtomicInteger runs = new AtomicInteger();
        assertThat(new ScheduledRounds(first).runIfDue(round, Duration.ofMillis(200), runs::incrementAndGet)).isTrue();
        assertThat(new ScheduledRounds(second).runIfDue(round, Duration.ofMillis(200), runs::incrementAndGet)).isFalse();
        pause(400);
        assertThat(new ScheduledRounds(second).runIfDue(round, Duration.ofMillis(200), runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
        String lastRunBy = first.jdbi().withHandle(h -> h.createQuery("select last_run_by from scheduled_round where name = ?")
                .bind(0, round).mapTo(String.class).one());
        assertThat(lastRunBy).isEqualTo(second.instance()).isNotEqualTo(first.instance());
    }

    @Test
    void jobs_are_shared_out_each_to_one_instance_and_a_lapsed_lease_frees_a_job() throws Exception {
        first.asOwner().useHandle(handle -> {
            handle.execute("""
                    create table if not exists demo_job (id uuid primary key, run_after timestamptz not null,
                        leased_by text, lease_until timestamptz, attempts integer not null default 0)""");
            handle.execute("truncate demo_job");
            handle.execute("grant select, insert, update, delete on demo_job to " + EmbeddedCredentials.APPLICATION);
            handle.execute("insert into demo_job (id, run_after) select gen_random_uuid(), now() from generate_series(1, 200)");
        });
        Set<UUID> taken = ConcurrentHashMap.newKeySet();
        AtomicInteger takenTwice = new AtomicInteger();
        List<Callable<Boolean>> workers = new ArrayList<>();
        for (Database instance : List.of(first, second, first, second, first, second)) {
            workers.add(() -> {
                JobTable jobs = new JobTable(instance, "demo_job");
                for (List<UUID> lease = jobs.lease(7, Duration.ofMinutes(5)); !lease.isEmpty(); lease = jobs.lease(7, Duration.ofMinutes(5))) {
                    for (UUID job : lease) {
                        if (!taken.add(job)) {
                            takenTwice.incrementAndGet();
                        }
                        assertThat(jobs.finish(job)).isTrue();
                    }
                }
                return true;
            });
        }

        all(workers);

        assertThat(taken).hasSize(200);
        assertThat(takenTwice).hasValue(0);

        first.jdbi().useHandle(h -> h.execute("insert into demo_job (id, run_after) values (gen_random_uuid(), now())"));
        JobTable held = new JobTable(first, "demo_job");
        UUID job = held.lease(1, Duration.ofMillis(200)).get(0);
        assertThat(new JobTable(second, "demo_job").lease(1, Duration.ofMinutes(1))).as("held by the first").isEmpty();
        pause(400);
        assertThat(new JobTable(second, "demo_job").lease(1, Duration.ofMinutes(1))).as("its lease ran out").containsExactly(job);
        assertThat(held.finish(job)).as("the first lost it").isFalse();
        assertThat(new JobTable(second, "demo_job").retryLater(job, Duration.ofHours(1))).isTrue();
        assertThat(new JobTable(first, "demo_job").lease(1, Duration.ofMinutes(1))).as("not due for an hour").isEmpty();
    }

    @Test
    void a_token_bucket_is_counted_together_by_every_instance() throws Exception {
        Allowance tenAnHour = new Allowance(10, 10);
        String key = "report:" + UUID.randomUUID();
        List<Callable<Boolean>> takes = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Database instance = i % 2 == 0 ? first : second;
            takes.add(() -> new PostgresTokenBuckets(instance, java.time.Instant::now).take(key, tenAnHour).admitted());
        }

        List<Boolean> admitted = all(takes);

        assertThat(admitted.stream().filter(a -> a).count()).isEqualTo(10);
        Admission next = new PostgresTokenBuckets(first, java.time.Instant::now).check(key, tenAnHour);
        assertThat(next).isInstanceOfSatisfying(Admission.Refused.class,
                refused -> assertThat(refused.retryAfter()).isGreaterThan(Duration.ofMinutes(5)));
        assertThat(new PostgresTokenBuckets(second, () -> java.time.Instant.now().plus(Duration.ofDays(1)))
                .forgetIdle(Duration.ofHours(2))).isGreaterThanOrEqualTo(1);
    }

    private <T> List<T> all(List<Callable<T>> tasks) throws Exception {
        return org.hotline.domain.testing.AllAtOnce.run(threads, tasks);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
