package org.hotline.domain.capture.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;
import java.util.function.Supplier;

import io.vavr.control.Option;
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.capture.Capture;
import org.hotline.domain.capture.CaptureFailure;
import org.hotline.domain.capture.CapturePage;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.testing.FixedClock;
import org.hotline.domain.testing.InMemoryCaptureJobs;
import org.hotline.domain.testing.InMemoryCaptures;
import org.hotline.domain.testing.SequentialIdentities;
import org.hotline.domain.testing.TestCaptures;
import org.junit.jupiter.api.Test;

class CaptureWorkTest {

    private static final String ADDRESS = "http://site.example/gallery";
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final FixedClock clock = FixedClock.at("2026-03-02T08:00:00Z");
    private final InMemoryCaptureJobs jobs = new InMemoryCaptureJobs();
    private final InMemoryCaptures captures = new InMemoryCaptures();
    private final SequentialIdentities identities = new SequentialIdentities();
    private final Deque<Supplier<Capture>> answers = new ArrayDeque<>();
    private final CapturePage capturer = address -> answers.removeFirst().get();
    private final CaptureWork work = new CaptureWork(capturer, jobs, captures, UnitOfWork.none(), clock, identities,
            new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(90)), LEASE);

    private CaptureJob requested() {
        CaptureJob job = CaptureJob.requested(new CaptureJobId(UUID.randomUUID()), new CaseId(UUID.randomUUID()),
                TestCaptures.url(ADDRESS), clock.instant(), Option.none());
        assertThat(jobs.request(job)).isTrue();
        return job;
    }

    private void answering(Capture capture) {
        answers.add(() -> capture);
    }

    @Test
    void a_job_is_leased_captured_and_recorded_with_an_identifier_for_each_item() {
        CaptureJob job = requested();
        answering(TestCaptures.page(ADDRESS, TestCaptures.image(ADDRESS + "/a.jpg", new byte[] {1}, 10, 10),
                TestCaptures.video(ADDRESS + "/b.mp4", new byte[] {2})));

        LeasedJob leased = work.lease("worker-1", 4).single();
        CaptureWork.Ran ran = work.run("worker-1", leased);

        assertThat(leased.attempt()).isEqualTo(1);
        assertThat(leased.leaseUntil()).isEqualTo(clock.instant().plus(LEASE));
        assertThat(ran.outcome()).isEqualTo(CaptureWork.Outcome.DONE);
        CaptureJob done = jobs.get(job.id());
        assertThat(done.state()).isEqualTo(CaptureJob.State.DONE);
        assertThat(done.finishedAt()).contains(clock.instant());
        RecordedCapture recorded = captures.all().single();
        assertThat(recorded.caseId()).isEqualTo(job.caseId());
        assertThat(recorded.job()).isEqualTo(job.id());
        assertThat(recorded.items()).hasSize(2);
        assertThat(recorded.itemIds().distinct()).hasSize(2);
        assertThat(work.lease("worker-2", 4)).isEmpty();
    }

    @Test
    void a_failure_that_may_pass_is_tried_again_after_a_doubling_delay_and_fails_the_job_on_the_last_attempt() {
        CaptureJob job = requested();
        Capture timedOut = TestCaptures.failed(ADDRESS, new CaptureFailure.TimedOut(CaptureFailure.TimedOut.Limit.READ,
                Duration.ofSeconds(20)));
        answering(timedOut);
        answering(timedOut);
        answering(timedOut);

        assertThat(work.run("w", work.lease("w", 1).single()).outcome()).isEqualTo(CaptureWork.Outcome.RETRY_LATER);
        CaptureJob waiting = jobs.get(job.id());
        assertThat(waiting.state()).isEqualTo(CaptureJob.State.PENDING);
        assertThat(waiting.retrying()).isTrue();
        assertThat(waiting.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(waiting.lastFailure().map(JobFailure::code)).contains("capture.timed_out");
        assertThat(work.lease("w", 1)).as("not due yet").isEmpty();

        clock.advance(Duration.ofMinutes(1));
        assertThat(work.run("w", work.lease("w", 1).single()).outcome()).isEqualTo(CaptureWork.Outcome.RETRY_LATER);
        assertThat(jobs.get(job.id()).nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));

        clock.advance(Duration.ofMinutes(2));
        LeasedJob last = work.lease("w", 1).single();
        CaptureWork.Ran ran = work.run("w", last);

        assertThat(last.attempt()).isEqualTo(3);
        assertThat(ran.outcome()).isEqualTo(CaptureWork.Outcome.FAILED);
        CaptureJob failed = jobs.get(job.id());
        assertThat(failed.state()).isEqualTo(CaptureJob.State.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.lastFailure().get().detail()).isEqualTo("The server sent nothing for 20 s.");
        assertThat(captures.all().single().capture()).isEqualTo(timedOut);
    }

    @Test
    void a_failure_that_will_not_pass_fails_the_job_at_once_and_keeps_what_the_capture_learnt() {
        CaptureJob job = requested();
        Capture refused = TestCaptures.redirectedAndFailed(ADDRESS,
                new CaptureFailure.RefusedAddress("intranet.example", "10.0.0.1", "a private address (RFC 1918)"));
        answering(refused);

        CaptureWork.Ran ran = work.run("w", work.lease("w", 1).single());

        assertThat(ran.outcome()).isEqualTo(CaptureWork.Outcome.FAILED);
        assertThat(ran.why().map(JobFailure::code)).contains("capture.refused_address");
        assertThat(jobs.get(job.id()).state()).isEqualTo(CaptureJob.State.FAILED);
        assertThat(jobs.get(job.id()).attempts()).isEqualTo(1);
        assertThat(captures.all().single().capture().redirects()).hasSize(1);
    }

    @Test
    void an_attempt_that_succeeds_after_a_failed_one_ends_the_job_done_without_the_old_reason() {
        CaptureJob job = requested();
        answering(TestCaptures.failed(ADDRESS, new CaptureFailure.Unsuccessful(503)));
        answering(TestCaptures.page(ADDRESS));

        work.run("w", work.lease("w", 1).single());
        clock.advance(Duration.ofMinutes(1));
        CaptureWork.Ran ran = work.run("w", work.lease("w", 1).single());

        assertThat(ran.outcome()).isEqualTo(CaptureWork.Outcome.DONE);
        assertThat(jobs.get(job.id()).lastFailure()).isEmpty();
        assertThat(jobs.get(job.id()).attempts()).isEqualTo(2);
    }

    @Test
    void a_job_whose_lease_ran_out_is_taken_again_and_the_first_workers_late_result_is_not_recorded() {
        CaptureJob job = requested();
        LeasedJob first = work.lease("worker-1", 1).single();
        assertThat(work.lease("worker-2", 1)).as("held").isEmpty();

        clock.advance(LEASE);
        LeasedJob second = work.lease("worker-2", 1).single();
        answering(TestCaptures.page(ADDRESS));
        answering(TestCaptures.page(ADDRESS));

        assertThat(second.attempt()).isEqualTo(2);
        assertThat(work.run("worker-1", first).outcome()).isEqualTo(CaptureWork.Outcome.LOST);
        assertThat(captures.all()).isEmpty();
        assertThat(work.run("worker-2", second).outcome()).isEqualTo(CaptureWork.Outcome.DONE);
        assertThat(captures.all()).hasSize(1);
        assertThat(jobs.get(job.id()).state()).isEqualTo(CaptureJob.State.DONE);
    }

    @Test
    void a_late_retry_of_a_job_taken_again_is_lost_too() {
        requested();
        LeasedJob first = work.lease("worker-1", 1).single();
        clock.advance(LEASE.plusSeconds(1));
        work.lease("worker-2", 1).single();
        answering(TestCaptures.failed(ADDRESS, new CaptureFailure.ConnectionFailed("site.example", "refused")));

        assertThat(work.run("worker-1", first).outcome()).isEqualTo(CaptureWork.Outcome.LOST);
    }

    @Test
    void a_capturer_that_throws_is_an_internal_error_tried_again_and_then_failed() {
        CaptureJob job = requested();
        IllegalStateException bug = new IllegalStateException("a bug");
        for (int i = 0; i < 3; i++) {
            answers.add(() -> {
                throw bug;
            });
        }

        CaptureWork.Ran first = work.run("w", work.lease("w", 1).single());
        clock.advance(Duration.ofMinutes(1));
        work.run("w", work.lease("w", 1).single());
        clock.advance(Duration.ofMinutes(2));
        CaptureWork.Ran last = work.run("w", work.lease("w", 1).single());

        assertThat(first.outcome()).isEqualTo(CaptureWork.Outcome.RETRY_LATER);
        assertThat(first.error()).contains(bug);
        assertThat(last.outcome()).isEqualTo(CaptureWork.Outcome.FAILED);
        assertThat(jobs.get(job.id()).lastFailure().map(JobFailure::code)).contains(JobFailure.INTERNAL);
        assertThat(captures.all()).as("nothing measured, nothing recorded").isEmpty();
    }

    @Test
    void leases_go_to_the_longest_due_jobs_first_and_no_more_than_asked() {
        CaptureJob older = requested();
        clock.advance(Duration.ofSeconds(1));
        CaptureJob newer = requested();
        clock.advance(Duration.ofSeconds(1));
        requested();

        var leased = work.lease("w", 2);

        assertThat(leased.map(LeasedJob::id)).containsExactly(older.id(), newer.id());
    }

    @Test
    void a_lease_is_a_positive_time() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CaptureWork(capturer, jobs, captures,
                UnitOfWork.none(), clock, identities, RetryPolicy.defaults(), Duration.ZERO))
                .hasMessageContaining("positive");
    }

    /** Lists of known content as a test sets them: what each capture's items match, and the captures handed on. */
    private static final class Lists implements KnownAtCapture {
        io.vavr.collection.Seq<io.vavr.collection.Seq<org.hotline.domain.knowncontent.KnownMatch>> answer;
        RuntimeException failure;
        RuntimeException followUpFailure;
        final java.util.List<RecordedCapture> handedOn = new java.util.ArrayList<>();

        @Override
        public io.vavr.collection.Seq<io.vavr.collection.Seq<org.hotline.domain.knowncontent.KnownMatch>> match(Capture capture) {
            if (failure != null) {
                throw failure;
            }
            return answer;
        }

        @Override
        public void captured(RecordedCapture recorded) {
            handedOn.add(recorded);
            if (followUpFailure != null) {
                throw followUpFailure;
            }
        }
    }

    private static org.hotline.domain.knowncontent.KnownMatch aMatch(long entry) {
        return new org.hotline.domain.knowncontent.KnownMatch(new org.hotline.domain.knowncontent.ListName("national"),
                new org.hotline.domain.CountryCode("BE"), entry, new org.hotline.domain.knowncontent.KnownHash(
                        org.hotline.domain.knowncontent.HashAlgorithm.MD5, "0123456789abcdef0123456789abcdef"), 0,
                org.hotline.domain.knowncontent.KnownClassification.plainlyIllegal(), java.time.LocalDate.of(2024, 1, 31));
    }

    private CaptureWork withLists(Lists lists) {
        return new CaptureWork(capturer, jobs, captures, UnitOfWork.none(), clock, identities,
                new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(90)), LEASE, lists);
    }

    @Test
    void every_item_is_matched_against_the_lists_and_its_matches_are_kept_with_the_capture_then_handed_on() {
        Lists lists = new Lists();
        lists.answer = io.vavr.collection.List.of(io.vavr.collection.List.of(aMatch(7), aMatch(8)), io.vavr.collection.List.empty());
        CaptureWork known = withLists(lists);
        requested();
        answering(TestCaptures.page(ADDRESS, TestCaptures.image(ADDRESS + "/a.jpg", new byte[] {1}, 10, 10),
                TestCaptures.image(ADDRESS + "/b.jpg", new byte[] {2}, 10, 10)));

        CaptureWork.Ran ran = known.run("worker-1", known.lease("worker-1", 1).single());

        assertThat(ran.outcome()).isEqualTo(CaptureWork.Outcome.DONE);
        assertThat(ran.error()).isEmpty();
        RecordedCapture recorded = captures.all().single();
        assertThat(recorded.items().map(item -> item.known().map(org.hotline.domain.knowncontent.KnownMatch::entry)))
                .containsExactly(io.vavr.collection.List.of(7L, 8L), io.vavr.collection.List.empty());
        assertThat(recorded.items().map(RecordedCapture.RecordedItem::isKnown)).containsExactly(true, false);
        assertThat(recorded.knownItems()).isEqualTo(1);
        assertThat(lists.handedOn).containsExactly(recorded);
    }

    @Test
    void lists_that_cannot_be_asked_never_cost_the_capture_it_is_kept_without_matches_and_the_error_given() {
        Lists lists = new Lists();
        lists.failure = new IllegalStateException("index not built");
        CaptureWork known = withLists(lists);
        CaptureJob job = requested();
        answering(TestCaptures.page(ADDRESS, TestCaptures.image(ADDRESS + "/a.jpg", new byte[] {1}, 10, 10)));

        CaptureWork.Ran ran = known.run("worker-1", known.lease("worker-1", 1).single());

        assertThat(ran.outcome()).isEqualTo(CaptureWork.Outcome.DONE);
        assertThat(ran.error()).contains(lists.failure);
        assertThat(jobs.get(job.id()).state()).isEqualTo(CaptureJob.State.DONE);
        assertThat(captures.all().single().knownItems()).isZero();
        assertThat(lists.handedOn).isEmpty();
    }

    @Test
    void lists_answering_for_other_items_than_the_captures_are_not_believed() {
        Lists lists = new Lists();
        lists.answer = io.vavr.collection.List.of(io.vavr.collection.List.of(aMatch(7)));
        CaptureWork known = withLists(lists);
        requested();
        answering(TestCaptures.page(ADDRESS, TestCaptures.image(ADDRESS + "/a.jpg", new byte[] {1}, 10, 10),
                TestCaptures.image(ADDRESS + "/b.jpg", new byte[] {2}, 10, 10)));

        CaptureWork.Ran ran = known.run("worker-1", known.lease("worker-1", 1).single());

        assertThat(ran.error().get()).hasMessageContaining("1 of 2 items");
        assertThat(captures.all().single().knownItems()).isZero();
    }

    @Test
    void a_follow_up_that_fails_leaves_the_capture_kept_and_gives_the_error() {
        Lists lists = new Lists();
        lists.answer = io.vavr.collection.List.of(io.vavr.collection.List.of(aMatch(7)));
        lists.followUpFailure = new IllegalStateException("database gone");
        CaptureWork known = withLists(lists);
        requested();
        answering(TestCaptures.page(ADDRESS, TestCaptures.image(ADDRESS + "/a.jpg", new byte[] {1}, 10, 10)));

        CaptureWork.Ran ran = known.run("worker-1", known.lease("worker-1", 1).single());

        assertThat(ran.outcome()).isEqualTo(CaptureWork.Outcome.DONE);
        assertThat(ran.error()).contains(lists.followUpFailure);
        assertThat(captures.all().single().knownItems()).isEqualTo(1);
    }

    @Test
    void a_failed_capture_is_kept_with_its_matches_but_nothing_follows_from_it() {
        Lists lists = new Lists();
        lists.answer = io.vavr.collection.List.empty();
        CaptureWork known = withLists(lists);
        requested();
        answering(TestCaptures.failed(ADDRESS, new CaptureFailure.RedirectLoop(ADDRESS)));

        CaptureWork.Ran ran = known.run("worker-1", known.lease("worker-1", 1).single());

        assertThat(ran.outcome()).isEqualTo(CaptureWork.Outcome.FAILED);
        assertThat(captures.all()).hasSize(1);
        assertThat(lists.handedOn).isEmpty();
    }
}
