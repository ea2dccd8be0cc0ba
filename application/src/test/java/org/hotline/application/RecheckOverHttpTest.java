package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import io.vavr.control.Option;
import org.hotline.adapters.capture.fetch.GuardedFetcher;
import org.hotline.adapters.capture.image.ImageExaminer;
import org.hotline.adapters.capture.image.ImageLimits;
import org.hotline.adapters.capture.page.PageCapturer;
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.capture.CaptureSettings;
import org.hotline.domain.capture.job.CaptureId;
import org.hotline.domain.capture.job.CaptureJobId;
import org.hotline.domain.capture.job.ItemId;
import org.hotline.domain.capture.job.RecordedCapture;
import org.hotline.domain.law.HostingLocation;
import org.hotline.domain.law.Verdict;
import org.hotline.domain.recheck.Recheck;
import org.hotline.domain.recheck.RecheckOutcome;
import org.hotline.domain.recheck.RecheckPorts;
import org.hotline.domain.recheck.RecheckWork;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.Channel;
import org.hotline.domain.report.ReportIntake;
import org.hotline.domain.report.ReportSubmission;
import org.hotline.domain.takedown.TakedownDesk;
import org.hotline.domain.takedown.TakedownPorts;
import org.hotline.domain.takedown.TakedownState;
import org.hotline.domain.testing.FixedClock;
import org.hotline.domain.testing.InMemoryAuditTrail;
import org.hotline.domain.testing.InMemoryCaptures;
import org.hotline.domain.testing.InMemoryHostNotices;
import org.hotline.domain.testing.InMemoryHostingTraces;
import org.hotline.domain.testing.InMemoryIpData;
import org.hotline.domain.testing.InMemoryRechecks;
import org.hotline.domain.testing.InMemoryReports;
import org.hotline.domain.testing.InMemorySettlements;
import org.hotline.domain.testing.InMemoryTakedowns;
import org.hotline.domain.testing.InMemoryTraceJobs;
import org.hotline.domain.testing.TestAgreement;
import org.hotline.domain.testing.TestStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A re-check over real HTTP: a loopback "hosting provider" serves a page of three generated (benign) pictures; the
 * case's takedown has reached the host; the re-check, through the real capture fetcher and image examiner, finds the
 * pictures still there, then, once the host answers 404, sees them gone and closes the takedown.
 */
class RecheckOverHttpTest {

    private final LoopbackGallery gallery = new LoopbackGallery();
    private final FixedClock clock = FixedClock.at("2026-11-30T09:00:00Z");
    private final InMemoryReports store = new InMemoryReports();
    private final InMemoryTakedowns takedowns = new InMemoryTakedowns();
    private final InMemoryCaptures captures = new InMemoryCaptures();
    private final InMemoryRechecks rechecks = new InMemoryRechecks();
    private final TakedownDesk desk = new TakedownDesk(new TakedownPorts(store, takedowns,
            new InMemoryHostNotices().contactFor("127.0.0.1"), new InMemoryAuditTrail(), UnitOfWork.none(), clock,
            UUID::randomUUID, ZoneId.of("Europe/Brussels")));
    private final PageCapturer capturer = new PageCapturer(new GuardedFetcher(CaptureSettings.read(
            Map.of("HOTLINE_CAPTURE_ALLOW", "127.0.0.0/8")).get()), clock, Option.some(new ImageExaminer(ImageLimits.DEFAULT)));
    private final RecheckWork work = new RecheckWork(new RecheckPorts(takedowns, store, capturer, captures,
            new InMemorySettlements(), new InMemoryIpData(), new InMemoryTraceJobs(store, new InMemoryHostingTraces(), clock),
            desk, rechecks, clock, UUID::randomUUID));

    RecheckOverHttpTest() throws IOException {
    }

    @AfterEach
    void closeSite() {
        gallery.close();
    }

    /** The gallery reported and captured, its takedown started and run up to the notice to the host. */
    private CaseId notified() {
        String page = gallery.address(LoopbackGallery.PAGE);
        CaseId caseId = new ReportIntake(store, clock, UUID::randomUUID).submit(new ReportSubmission(Channel.WEB_FORM,
                java.util.List.of(page), java.util.List.of("IMAGES"), null, null, null, null)).get().links().head().caseId();
        var capture = capturer.capture(store.byId(caseId).get().url());
        captures.add(new RecordedCapture(new CaptureId(UUID.randomUUID()), caseId, new CaptureJobId(UUID.randomUUID()),
                capture, capture.items().map(item -> new ItemId(UUID.randomUUID()))));
        desk.start(caseId, new TestAgreement().procedureFor(new Verdict.NotIllegal("the agreement's home procedure"),
                new HostingLocation.Home()), clock.instant()).get();
        desk.record(TestStaff.analyst(1), caseId.toString(), "police", "").get();
        desk.record(TestStaff.policeLiaison(5), caseId.toString(), "clear", "").get();
        desk.record(TestStaff.analyst(1), caseId.toString(), "notice", "").get();
        return caseId;
    }

    @Test
    void the_recheck_finds_the_pictures_still_there_then_gone_once_the_host_removed_them_and_closes_the_takedown() {
        CaseId caseId = notified();
        assertThat(captures.ofCase(caseId).head().capture().items().flatMap(item -> item.fingerprints())).hasSize(3);

        clock.advance(Duration.ofHours(1));
        work.round();
        Recheck there = rechecks.latestOf(caseId).get();
        assertThat(there.outcome()).isEqualTo(RecheckOutcome.STILL_THERE);
        assertThat(there.detail()).isEqualTo("The page answered 200 with the 3 fingerprinted item(s) captured before.");

        gallery.takeDown();
        clock.advance(Duration.ofHours(1));
        work.round();

        Recheck gone = rechecks.latestOf(caseId).get();
        assertThat(gone.outcome()).isEqualTo(RecheckOutcome.GONE);
        assertThat(gone.detail()).isEqualTo("The server answered 404. The takedown is closed.");
        assertThat(takedowns.ofCase(caseId).get().state()).isInstanceOf(TakedownState.Removed.class);
        assertThat(takedowns.ofCase(caseId).get().timeToRemoval()).contains(Duration.ofHours(2));
        assertThat(takedowns.running()).isEmpty();
    }
}
