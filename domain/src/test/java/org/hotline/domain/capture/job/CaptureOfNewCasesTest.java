package org.hotline.domain.capture.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.hotline.domain.UnitOfWork;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.Channel;
import org.hotline.domain.report.ReportIntake;
import org.hotline.domain.report.ReportSubmission;
import org.hotline.domain.testing.FixedClock;
import org.hotline.domain.testing.InMemoryCaptureJobs;
import org.hotline.domain.testing.InMemoryCaptures;
import org.hotline.domain.testing.InMemoryReports;
import org.hotline.domain.testing.SequentialIdentities;
import org.hotline.domain.testing.TestCaptures;
import org.junit.jupiter.api.Test;

/** Every new case gets a capture of its own, once, and a stopping program gives back what it did not finish. */
class CaptureOfNewCasesTest {

    private final FixedClock clock = FixedClock.at("2026-03-02T08:00:00Z");
    private final InMemoryReports store = new InMemoryReports();
    private final InMemoryCaptureJobs jobs = new InMemoryCaptureJobs(store);
    private final InMemoryCaptures captures = new InMemoryCaptures();
    private final SequentialIdentities identities = new SequentialIdentities();
    private final CaptureWork work = new CaptureWork(address -> TestCaptures.page(address.canonical()), jobs, captures,
            UnitOfWork.none(), clock, identities, RetryPolicy.defaults(), Duration.ofMinutes(5));

    private CaseId aCase(String url) {
        return new ReportIntake(store, clock, identities)
                .submit(new ReportSubmission(Channel.WEB_FORM, java.util.List.of(url), java.util.List.of("IMAGES"), null,
                        null, null, null))
                .get().links().head().caseId();
    }

    @Test
    void each_open_case_without_a_job_gets_one_due_at_once_requested_by_nobody() {
        CaseId first = aCase("http://site.example/one");
        clock.advance(Duration.ofSeconds(1));
        CaseId second = aCase("http://site.example/two");

        assertThat(work.requestNewCases(10)).isEqualTo(2);

        assertThat(jobs.all().map(CaptureJob::caseId)).containsExactly(first, second);
        CaptureJob job = jobs.all().head();
        assertThat(job.state()).isEqualTo(CaptureJob.State.PENDING);
        assertThat(job.address().canonical()).isEqualTo("http://site.example/one");
        assertThat(job.requestedBy()).isEmpty();
        assertThat(job.nextAttemptAt()).isEqualTo(clock.instant());
    }

    @Test
    void a_case_gets_its_first_capture_once_even_after_that_capture_ended() {
        aCase("http://site.example/one");
        work.requestNewCases(10);
        LeasedJob leased = work.lease("w", 1).single();
        assertThat(work.run("w", leased).outcome()).isEqualTo(CaptureWork.Outcome.DONE);

        assertThat(work.requestNewCases(10)).isZero();
        assertThat(jobs.all()).hasSize(1);
    }

    @Test
    void no_more_cases_than_the_limit_are_given_a_job_in_one_round() {
        aCase("http://site.example/one");
        aCase("http://site.example/two");
        aCase("http://site.example/three");

        assertThat(work.requestNewCases(2)).isEqualTo(2);
        assertThat(work.requestNewCases(2)).isEqualTo(1);
        assertThat(jobs.all()).hasSize(3);
    }

    @Test
    void a_job_given_back_is_due_at_once_and_says_the_program_stopped() {
        aCase("http://site.example/one");
        work.requestNewCases(1);
        LeasedJob leased = work.lease("w", 1).single();

        assertThat(work.giveBack("other", leased)).as("only the holder gives it back").isFalse();
        assertThat(work.giveBack("w", leased)).isTrue();

        CaptureJob back = jobs.get(leased.id());
        assertThat(back.state()).isEqualTo(CaptureJob.State.PENDING);
        assertThat(back.nextAttemptAt()).isEqualTo(clock.instant());
        assertThat(back.lastFailure().map(JobFailure::code)).contains(JobFailure.STOPPED);
        assertThat(work.lease("w", 1).map(LeasedJob::attempt)).containsExactly(2);
        assertThat(captures.all()).isEmpty();
    }
}
