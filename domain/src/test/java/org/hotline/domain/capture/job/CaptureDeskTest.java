package org.hotline.domain.capture.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.audit.AuditEntry;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.Channel;
import org.hotline.domain.report.ReportIntake;
import org.hotline.domain.report.ReportSubmission;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.staff.Role;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.testing.FixedClock;
import org.hotline.domain.testing.InMemoryAuditTrail;
import org.hotline.domain.testing.InMemoryCaptureJobs;
import org.hotline.domain.testing.InMemoryCaptures;
import org.hotline.domain.testing.InMemoryReports;
import org.hotline.domain.testing.SequentialIdentities;
import org.hotline.domain.testing.TestCaptures;
import org.junit.jupiter.api.Test;

class CaptureDeskTest {

    private static final String UNKNOWN_CASE = "00000000-0000-4000-8000-00000000dead";

    private final FixedClock clock = FixedClock.at("2026-03-02T08:00:00Z");
    private final InMemoryReports store = new InMemoryReports();
    private final InMemoryCaptureJobs jobs = new InMemoryCaptureJobs();
    private final InMemoryCaptures captures = new InMemoryCaptures();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final SequentialIdentities identities = new SequentialIdentities();
    private final CaptureDesk desk = new CaptureDesk(store, jobs, captures, audit, UnitOfWork.none(), clock, identities);
    private final Acting analyst = new Acting(new StaffId(UUID.randomUUID()), Role.ANALYST);

    private String aCase(String url) {
        return new ReportIntake(store, clock, identities)
                .submit(new ReportSubmission(Channel.WEB_FORM, java.util.List.of(url), java.util.List.of("IMAGES"), null,
                        null, null, null))
                .get().links().head().caseId().toString();
    }

    @Test
    void capture_again_adds_a_pending_job_for_the_cases_address_and_audits_who_asked() {
        String caseId = aCase("http://site.example/gallery");

        CaptureJob job = desk.captureAgain(analyst, caseId).get();

        assertThat(job.state()).isEqualTo(CaptureJob.State.PENDING);
        assertThat(job.address().canonical()).isEqualTo("http://site.example/gallery");
        assertThat(job.requestedBy()).contains(analyst.staff());
        assertThat(job.nextAttemptAt()).isEqualTo(clock.instant());
        assertThat(jobs.all()).containsExactly(job);
        AuditEntry entry = audit.entries().last();
        assertThat(entry.action()).isEqualTo("capture.requested");
        assertThat(entry.subject()).isEqualTo("case:" + caseId);
        assertThat(entry.actor()).contains(analyst.staff());
        assertThat(entry.role()).contains(Role.ANALYST);
        assertThat(entry.after()).isEqualTo("capture job " + job.id());
    }

    @Test
    void capture_again_is_refused_while_a_capture_of_the_case_waits_and_allowed_once_it_ended() {
        String caseId = aCase("http://site.example/gallery");
        desk.captureAgain(analyst, caseId).get();
        int audited = audit.entries().size();

        var refused = desk.captureAgain(new Acting(new StaffId(UUID.randomUUID()), Role.SUPERVISOR), caseId);

        assertThat(refused.getLeft().reason()).isEqualTo(CaptureRefusal.ALREADY_WAITING);
        assertThat(audit.entries()).hasSize(audited);
        LeasedJob leased = jobs.lease("w", 1, clock.instant(), clock.instant().plusSeconds(60)).single();
        jobs.finish(leased, "w", CaptureJob.State.DONE, clock.instant(), Option.none());
        assertThat(desk.captureAgain(analyst, caseId).isRight()).isTrue();
        assertThat(jobs.all()).hasSize(2);
    }

    @Test
    void capture_again_is_refused_for_an_unknown_case_and_to_roles_that_do_not_see_cases() {
        String caseId = aCase("http://site.example/gallery");

        assertThat(desk.captureAgain(analyst, UNKNOWN_CASE).getLeft().reason()).isEqualTo(CaptureRefusal.CASE_UNKNOWN);
        assertThat(desk.captureAgain(analyst, "not an id").getLeft().reason()).isEqualTo(CaptureRefusal.CASE_UNKNOWN);
        assertThat(desk.captureAgain(new Acting(analyst.staff(), Role.POLICE_LIAISON), caseId).getLeft().reason())
                .isEqualTo(CaptureRefusal.ROLE_REQUIRED);
        assertThat(jobs.all()).isEmpty();
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void a_cases_captures_are_shown_latest_first_with_its_latest_job() {
        String caseId = aCase("http://site.example/gallery");
        CaseId id = CaseId.parse(caseId).get();
        CaptureJob job = desk.captureAgain(analyst, caseId).get();
        RecordedCapture first = recorded(id, job.id());
        RecordedCapture second = recorded(id, job.id());
        captures.add(first);
        captures.add(second);
        captures.add(recorded(CaseId.parse(aCase("http://other.example/")).get(), job.id()));

        CaseCaptures shown = desk.captures(analyst, caseId).get();

        assertThat(shown.captures()).containsExactly(second, first);
        assertThat(shown.latest()).contains(second);
        assertThat(shown.latestJob()).contains(job);
        assertThat(shown.waiting()).isTrue();
        assertThat(desk.captures(analyst, UNKNOWN_CASE).getLeft().reason()).isEqualTo(CaptureViewRefusal.CASE_UNKNOWN);
        assertThat(desk.captures(new Acting(analyst.staff(), Role.ADMINISTRATOR), caseId).getLeft().reason())
                .isEqualTo(CaptureViewRefusal.ROLE_REQUIRED);
    }

    @Test
    void lists_get_the_latest_job_of_each_case_that_has_one() {
        CaseId first = CaseId.parse(aCase("http://a.example/")).get();
        CaseId second = CaseId.parse(aCase("http://b.example/")).get();
        CaseId without = CaseId.parse(aCase("http://c.example/")).get();
        desk.captureAgain(analyst, first.toString()).get();
        LeasedJob leased = jobs.lease("w", 1, clock.instant(), clock.instant().plusSeconds(60)).single();
        jobs.finish(leased, "w", CaptureJob.State.DONE, clock.instant(), Option.none());
        CaptureJob again = desk.captureAgain(analyst, first.toString()).get();
        CaptureJob other = desk.captureAgain(analyst, second.toString()).get();

        var latest = desk.latestJobs(analyst, List.of(first, second, without)).get();

        assertThat(latest.keySet()).containsExactlyInAnyOrder(first, second);
        assertThat(latest.get(first)).contains(again);
        assertThat(latest.get(second)).contains(other);
        assertThat(desk.latestJobs(new Acting(analyst.staff(), Role.POLICE_LIAISON), List.of(first)).isLeft()).isTrue();
        assertThat(new CaseCaptures(without, Option.none(), List.empty()).waiting()).isFalse();
    }

    private RecordedCapture recorded(CaseId caseId, CaptureJobId job) {
        var capture = TestCaptures.page("http://site.example/gallery",
                TestCaptures.image("http://site.example/a.jpg", new byte[] {1, 2, 3}, 4, 3));
        return new RecordedCapture(new CaptureId(identities.next()), caseId, job, capture,
                List.of(new ItemId(identities.next())));
    }
}
