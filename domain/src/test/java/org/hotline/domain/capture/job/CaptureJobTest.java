package org.hotline.domain.capture.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.capture.CaptureFailure;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.ReportedUrl;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.testing.TestCaptures;
import org.junit.jupiter.api.Test;

class CaptureJobTest {

    private static final CaptureJobId ID = new CaptureJobId(UUID.fromString("00000000-0000-4000-8000-000000000001"));
    private static final CaseId CASE = new CaseId(UUID.fromString("00000000-0000-4000-8000-000000000002"));
    private static final ReportedUrl ADDRESS = TestCaptures.url("http://site.example/");
    private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");
    private static final JobFailure WHY = JobFailure.of(new CaptureFailure.Unsuccessful(503));

    private static CaptureJob job(CaptureJob.State state, int attempts, Option<Instant> lease, Option<Instant> finished,
            Option<JobFailure> failure) {
        return new CaptureJob(ID, CASE, ADDRESS, state, AT, Option.none(), attempts, AT, lease, finished, failure);
    }

    @Test
    void a_requested_job_is_pending_and_due_at_once() {
        StaffId analyst = new StaffId(UUID.randomUUID());
        CaptureJob job = CaptureJob.requested(ID, CASE, ADDRESS, AT, Option.some(analyst));

        assertThat(job.state()).isEqualTo(CaptureJob.State.PENDING);
        assertThat(job.nextAttemptAt()).isEqualTo(AT);
        assertThat(job.attempts()).isZero();
        assertThat(job.requestedBy()).contains(analyst);
        assertThat(job.retrying()).isFalse();
        assertThat(job.state().waiting()).isTrue();
    }

    @Test
    void only_pending_and_running_jobs_are_waiting() {
        assertThat(List.of(CaptureJob.State.values()).filter(CaptureJob.State::waiting))
                .containsExactly(CaptureJob.State.PENDING, CaptureJob.State.RUNNING);
    }

    @Test
    void a_jobs_state_agrees_with_its_lease_its_end_and_its_reason() {
        assertThatThrownBy(() -> job(CaptureJob.State.RUNNING, 1, Option.none(), Option.none(), Option.none()))
                .hasMessageContaining("held until");
        assertThatThrownBy(() -> job(CaptureJob.State.PENDING, 0, Option.some(AT), Option.none(), Option.none()))
                .hasMessageContaining("held until");
        assertThatThrownBy(() -> job(CaptureJob.State.DONE, 1, Option.none(), Option.none(), Option.none()))
                .hasMessageContaining("finished");
        assertThatThrownBy(() -> job(CaptureJob.State.PENDING, 1, Option.none(), Option.some(AT), Option.none()))
                .hasMessageContaining("finished");
        assertThatThrownBy(() -> job(CaptureJob.State.FAILED, 1, Option.none(), Option.some(AT), Option.none()))
                .hasMessageContaining("says why");
        assertThatThrownBy(() -> job(CaptureJob.State.DONE, 1, Option.none(), Option.some(AT), Option.some(WHY)))
                .hasMessageContaining("did not fail");
        assertThatThrownBy(() -> job(CaptureJob.State.DONE, 0, Option.none(), Option.some(AT), Option.none()))
                .hasMessageContaining("at least once");
        assertThatThrownBy(() -> job(CaptureJob.State.PENDING, -1, Option.none(), Option.none(), Option.none()))
                .hasMessageContaining("from zero");
        assertThat(job(CaptureJob.State.PENDING, 1, Option.none(), Option.none(), Option.some(WHY)).retrying()).isTrue();
        assertThat(job(CaptureJob.State.FAILED, 1, Option.none(), Option.some(AT), Option.some(WHY)).retrying()).isFalse();
    }

    @Test
    void a_leased_job_is_on_its_first_attempt_or_a_later_one() {
        assertThatThrownBy(() -> new LeasedJob(ID, CASE, ADDRESS, 0, AT)).hasMessageContaining("first attempt");
        assertThat(new LeasedJob(ID, CASE, ADDRESS, 1, AT).attempt()).isEqualTo(1);
    }

    @Test
    void a_failure_is_kept_with_a_dotted_code_and_a_reason_cut_to_its_longest() {
        assertThat(WHY).isEqualTo(new JobFailure("capture.unsuccessful", "The server answered 503."));
        assertThat(new JobFailure("capture.x", "y".repeat(5000)).detail()).hasSize(JobFailure.LONGEST_DETAIL);
        assertThat(JobFailure.internal().code()).isEqualTo("capture.internal_error");
        assertThatThrownBy(() -> new JobFailure("Capture failed", "x")).hasMessageContaining("dotted");
        assertThatThrownBy(() -> new JobFailure("capture.x", " ")).hasMessageContaining("why");
    }

    @Test
    void a_recorded_capture_has_one_distinct_identifier_for_each_item() {
        var capture = TestCaptures.page("http://site.example/", TestCaptures.video("http://site.example/a.mp4", new byte[] {1}));
        ItemId item = new ItemId(UUID.randomUUID());
        CaptureId id = new CaptureId(UUID.randomUUID());

        assertThatThrownBy(() -> new RecordedCapture(id, CASE, ID, capture, List.empty())).hasMessageContaining("one identifier");
        var twice = TestCaptures.page("http://site.example/", capture.items().head(), capture.items().head());
        assertThatThrownBy(() -> new RecordedCapture(id, CASE, ID, twice, List.of(item, item))).hasMessageContaining("share");
        assertThat(new RecordedCapture(id, CASE, ID, capture, List.of(item)).items().single().id()).isEqualTo(item);
    }

    @Test
    void an_item_identifier_is_read_from_a_page_only_when_well_formed() {
        assertThat(ItemId.parse("00000000-0000-4000-8000-000000000009").isDefined()).isTrue();
        assertThat(ItemId.parse("0-0-0-0-9")).isEmpty();
        assertThat(ItemId.parse(null)).isEmpty();
        assertThat(ItemId.parse("x".repeat(36))).isEmpty();
    }
}
