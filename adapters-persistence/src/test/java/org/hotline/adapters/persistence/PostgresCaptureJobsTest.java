package org.hotline.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.capture.job.CaptureJob;
import org.hotline.domain.capture.job.CaptureJobId;
import org.hotline.domain.capture.job.JobFailure;
import org.hotline.domain.capture.job.LeasedJob;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.testing.InMemoryAuditTrail;
import org.hotline.domain.testing.TestCaptures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresCaptureJobsTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final JobFailure TIMED_OUT = new JobFailure("capture.timed_out", "The server sent nothing for 20 s.");

    private PostgresCaptureJobs jobs;
    private PostgresWorkbench bench;
    private Database database;

    @BeforeEach
    void empty() {
        database = TestDatabase.empty();
        jobs = new PostgresCaptureJobs(database);
        bench = new PostgresWorkbench(database, new InMemoryAuditTrail());
    }

    private CaseId aCase(String url) {
        return PostgresWorkbench.id(bench.aCase(url));
    }

    private CaptureJob requested(CaseId caseId, Instant at) {
        CaptureJob job = CaptureJob.requested(new CaptureJobId(UUID.randomUUID()), caseId,
                TestCaptures.url("http://site.example/" + caseId), at, Option.some(new StaffId(UUID.randomUUID())));
        assertThat(jobs.request(job)).isTrue();
        return job;
    }

    private List<LeasedJob> lease(String worker, int limit, Instant now) {
        return List.ofAll(jobs.lease(worker, limit, now, now.plus(LEASE)));
    }

    @Test
    void a_requested_job_reads_back_as_it_was_requested() {
        CaptureJob job = requested(aCase("http://site.example/a"), T0);

        assertThat(jobs.latestOf(job.caseId())).contains(job);
        assertThat(jobs.latestOf(new CaseId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void a_case_has_at_most_one_job_waiting() {
        CaseId caseId = aCase("http://site.example/a");
        CaptureJob first = requested(caseId, T0);

        CaptureJob second = CaptureJob.requested(new CaptureJobId(UUID.randomUUID()), caseId, first.address(),
                T0.plusSeconds(1), Option.none());

        assertThat(jobs.request(second)).isFalse();
        LeasedJob leased = lease("w", 1, T0).single();
        assertThat(jobs.request(second)).as("still running").isFalse();
        jobs.finish(leased, "w", CaptureJob.State.DONE, T0.plusSeconds(3), Option.none());
        assertThat(jobs.request(second)).isTrue();
        assertThat(jobs.latestOf(caseId)).contains(second);
    }

    @Test
    void a_lease_takes_due_jobs_the_longest_due_first_and_marks_them_running() {
        CaseId a = aCase("http://site.example/a");
        CaseId b = aCase("http://site.example/b");
        CaseId c = aCase("http://site.example/c");
        CaptureJob later = requested(a, T0.plusSeconds(2));
        CaptureJob first = requested(b, T0);
        requested(c, T0.plusSeconds(60));

        List<LeasedJob> leased = lease("worker-1", 5, T0.plusSeconds(10));

        assertThat(leased.map(LeasedJob::id)).containsExactly(first.id(), later.id());
        assertThat(leased.map(LeasedJob::attempt)).containsOnly(1);
        assertThat(leased.head().address()).isEqualTo(first.address());
        CaptureJob running = jobs.latestOf(b).get();
        assertThat(running.state()).isEqualTo(CaptureJob.State.RUNNING);
        assertThat(running.leaseUntil()).contains(T0.plusSeconds(10).plus(LEASE));
        assertThat(running.attempts()).isEqualTo(1);
        assertThat(lease("worker-2", 5, T0.plusSeconds(10))).as("held, or not due").isEmpty();
        assertThat(jobs.lease("worker-2", 0, T0, T0)).isEmpty();
    }

    @Test
    void workers_leasing_at_once_never_get_the_same_job_and_every_job_goes_to_one() throws Exception {
        java.util.List<CaptureJobId> requested = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            requested.add(requested(aCase("http://site.example/" + i), T0.plusMillis(i)).id());
        }
        int workers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        CountDownLatch start = new CountDownLatch(1);
        java.util.List<Future<java.util.List<CaptureJobId>>> results = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            String worker = "worker-" + w;
            results.add(pool.submit(() -> {
                start.await();
                java.util.List<CaptureJobId> mine = new ArrayList<>();
                List<LeasedJob> batch;
                while (!(batch = lease(worker, 3, T0.plusSeconds(1))).isEmpty()) {
                    batch.forEach(job -> mine.add(job.id()));
                }
                return mine;
            }));
        }
        start.countDown();
        java.util.List<CaptureJobId> taken = Collections.synchronizedList(new ArrayList<>());
        for (Future<java.util.List<CaptureJobId>> result : results) {
            taken.addAll(result.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(taken).hasSize(60).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(requested);
    }

    @Test
    void a_job_whose_lease_ran_out_is_taken_again_and_only_the_new_holder_may_end_it() {
        CaseId caseId = aCase("http://site.example/a");
        requested(caseId, T0);
        LeasedJob first = lease("dead-instance", 1, T0).single();

        assertThat(lease("live-instance", 1, T0.plus(LEASE).minusSeconds(1))).as("still held").isEmpty();
        LeasedJob second = lease("live-instance", 1, T0.plus(LEASE)).single();

        assertThat(second.attempt()).isEqualTo(2);
        assertThat(jobs.finish(first, "dead-instance", CaptureJob.State.DONE, T0, Option.none())).isFalse();
        assertThat(jobs.retryLater(first, "dead-instance", T0, TIMED_OUT)).isFalse();
        assertThat(jobs.finish(first, "live-instance", CaptureJob.State.DONE, T0, Option.none()))
                .as("the right worker, but an old attempt").isFalse();
        assertThat(jobs.finish(second, "live-instance", CaptureJob.State.DONE, T0.plus(LEASE).plusSeconds(4), Option.none()))
                .isTrue();
        CaptureJob done = jobs.latestOf(caseId).get();
        assertThat(done.state()).isEqualTo(CaptureJob.State.DONE);
        assertThat(done.finishedAt()).contains(T0.plus(LEASE).plusSeconds(4));
        assertThat(done.leaseUntil()).isEmpty();
        assertThat(jobs.finish(second, "live-instance", CaptureJob.State.FAILED, T0, Option.some(TIMED_OUT)))
                .as("ended already").isFalse();
    }

    @Test
    void a_job_retried_later_waits_pending_with_its_reason_until_due() {
        CaseId caseId = aCase("http://site.example/a");
        requested(caseId, T0);
        LeasedJob leased = lease("w", 1, T0).single();

        assertThat(jobs.retryLater(leased, "w", T0.plusSeconds(60), TIMED_OUT)).isTrue();

        CaptureJob waiting = jobs.latestOf(caseId).get();
        assertThat(waiting.state()).isEqualTo(CaptureJob.State.PENDING);
        assertThat(waiting.retrying()).isTrue();
        assertThat(waiting.lastFailure()).contains(TIMED_OUT);
        assertThat(waiting.nextAttemptAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(lease("w", 1, T0.plusSeconds(59))).isEmpty();
        LeasedJob again = lease("w", 1, T0.plusSeconds(60)).single();
        assertThat(again.attempt()).isEqualTo(2);
        jobs.finish(again, "w", CaptureJob.State.FAILED, T0.plusSeconds(61), Option.some(TIMED_OUT));
        CaptureJob failed = jobs.latestOf(caseId).get();
        assertThat(failed.state()).isEqualTo(CaptureJob.State.FAILED);
        assertThat(failed.lastFailure()).contains(TIMED_OUT);
        assertThat(failed.attempts()).isEqualTo(2);
    }

    @Test
    void a_job_done_after_a_failed_attempt_forgets_the_old_reason() {
        CaseId caseId = aCase("http://site.example/a");
        requested(caseId, T0);
        jobs.retryLater(lease("w", 1, T0).single(), "w", T0, TIMED_OUT);

        jobs.finish(lease("w", 1, T0).single(), "w", CaptureJob.State.DONE, T0, Option.none());

        assertThat(jobs.latestOf(caseId).get().lastFailure()).isEmpty();
    }

    @Test
    void lists_get_the_latest_job_of_each_case_in_one_read() {
        CaseId a = aCase("http://site.example/a");
        CaseId b = aCase("http://site.example/b");
        CaseId without = aCase("http://site.example/c");
        requested(a, T0);
        jobs.finish(lease("w", 1, T0).single(), "w", CaptureJob.State.DONE, T0, Option.none());
        CaptureJob again = requested(a, T0.plusSeconds(5));
        CaptureJob other = requested(b, T0.plusSeconds(6));

        var latest = jobs.latestOf(List.of(a, b, without));

        assertThat(latest.keySet()).containsExactlyInAnyOrder(a, b);
        assertThat(latest.get(a)).contains(again);
        assertThat(latest.get(b)).contains(other);
        assertThat(jobs.latestOf(List.empty())).isEmpty();
    }

    @Test
    void only_new_jobs_are_requested_and_jobs_end_done_or_failed() {
        CaseId caseId = aCase("http://site.example/a");
        CaptureJob job = requested(caseId, T0);
        CaptureJob running = new CaptureJob(new CaptureJobId(UUID.randomUUID()), caseId, job.address(),
                CaptureJob.State.RUNNING, T0, Option.none(), 1, T0, Option.some(T0), Option.none(), Option.none());
        LeasedJob leased = lease("w", 1, T0).single();

        assertThatThrownBy(() -> jobs.request(running)).hasMessageContaining("pending");
        assertThatThrownBy(() -> jobs.finish(leased, "w", CaptureJob.State.PENDING, T0, Option.none()))
                .hasMessageContaining("done or failed");
    }

    @Test
    void open_cases_that_never_had_a_job_are_found_the_longest_open_first() {
        CaseId first = aCase("http://site.example/first");
        CaseId second = aCase("http://site.example/second");
        CaseId third = aCase("http://site.example/third");
        CaseId closed = aCase("http://site.example/closed");
        database.storage().write(handle -> handle.createUpdate(
                "update case_file set state = 'CLOSED', closure_reason = 'NOT_ILLEGAL' where id = :id")
                .bind("id", closed.value()).execute());
        requested(second, T0);
        database.storage().write(handle -> handle.createUpdate(
                "update case_file set opened_at = opened_at - interval '1 hour' where id = :id")
                .bind("id", third.value()).execute());

        var found = jobs.uncaptured(10);

        assertThat(found.map(org.hotline.domain.capture.job.UncapturedCase::caseId)).containsExactly(third, first);
        assertThat(found.head().address().canonical()).isEqualTo("http://site.example/third");
        assertThat(jobs.uncaptured(1).map(org.hotline.domain.capture.job.UncapturedCase::caseId)).containsExactly(third);
        assertThat(jobs.uncaptured(0)).isEmpty();
    }
}
