package org.hotline.domain.hosting.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.domain.testing.TestStaff.analyst;
import static org.hotline.domain.testing.TestStaff.policeLiaison;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.capture.Answer;
import org.hotline.domain.capture.Capture;
import org.hotline.domain.capture.CaptureFailure;
import org.hotline.domain.capture.ContentType;
import org.hotline.domain.capture.KeptHeaders;
import org.hotline.domain.capture.job.CaptureId;
import org.hotline.domain.capture.job.CaptureJobId;
import org.hotline.domain.capture.job.ItemId;
import org.hotline.domain.capture.job.RecordedCapture;
import org.hotline.domain.recheck.Recheck;
import org.hotline.domain.recheck.RecheckOutcome;
import org.hotline.domain.recheck.RecheckPorts;
import org.hotline.domain.recheck.RecheckWork;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.CaseState;
import org.hotline.domain.takedown.TakedownState;
import org.hotline.domain.testing.InMemoryRechecks;
import org.hotline.domain.testing.TestCaptures;
import org.junit.jupiter.api.Test;

/**
 * Re-checks of running takedowns over the test agreement's home procedure, on a clock the test moves on hour by hour,
 * with a made-up site whose answer the test changes between rounds.
 */
class RecheckWorkTest {

    private static final String PAGE = "http://home.example/x";
    private static final byte[] PICTURE = "the picture captured".getBytes(StandardCharsets.UTF_8);

    private final HostingBench bench = new HostingBench();
    private final InMemoryRechecks rechecks = new InMemoryRechecks();
    private final AtomicReference<Capture> site = new AtomicReference<>();
    /** What the follow-ups were asked about; they say they queued a reminder only in the test that wants one. */
    private final java.util.List<String> followedUp = new java.util.ArrayList<>();
    private boolean reminding;
    private final RecheckWork work = new RecheckWork(new RecheckPorts(bench.takedowns, bench.store, address -> site.get(),
            bench.captures, bench.settlements, bench.data.with("192.0.2.10", "XT", 64501, "Home Hosting"), bench.jobs,
            bench.takedownDesk, rechecks, bench.clock, bench.identities), (takedown, url, at) -> {
                followedUp.add(url.canonical() + " at " + at + " after " + takedown.noticeSentAt().map(Instant::toString)
                        .getOrElse("no notice"));
                return reminding ? Option.some("A reminder (T-1) was queued for Home Hosting.") : Option.none();
            });

    /** A case settled at home whose page was captured with one picture, cleared by the police, and (or not) notified. */
    private CaseId inTakedown(boolean notified) {
        bench.notices.contactFor("home.example");
        String id = bench.anIllegalCase(PAGE, analyst(1));
        bench.captures.add(new RecordedCapture(new CaptureId(UUID.randomUUID()), HostingBench.idOf(id),
                new CaptureJobId(UUID.randomUUID()), TestCaptures.page(PAGE, picture(PICTURE)),
                List.of(new ItemId(UUID.randomUUID()))));
        bench.traceAll();
        bench.desk.settle(analyst(1), id, "XT", null).get();
        bench.takedownDesk.record(analyst(1), id, "police", "").get();
        bench.takedownDesk.record(policeLiaison(5), id, "clear", "").get();
        if (notified) {
            bench.takedownDesk.record(analyst(1), id, "notice", "").get();
        }
        return HostingBench.idOf(id);
    }

    private static org.hotline.domain.capture.CapturedItem picture(byte[] content) {
        return TestCaptures.image(PAGE + "/a.jpg", content, 64, 48);
    }

    private Recheck afterAnHour(Capture answer) {
        bench.clock.advance(Duration.ofHours(1));
        site.set(answer);
        assertThat(work.round()).as("takedowns checked").isEqualTo(1);
        return rechecks.all().last();
    }

    @Test
    void hour_by_hour_the_content_is_still_there_changed_moved_then_gone_which_closes_the_takedown() {
        CaseId caseId = inTakedown(true);
        Instant opened = bench.store.byId(caseId).get().openedAt();

        assertThat(afterAnHour(TestCaptures.page(PAGE, picture(PICTURE))).outcome()).isEqualTo(RecheckOutcome.STILL_THERE);
        Recheck changed = afterAnHour(TestCaptures.page(PAGE, picture("another picture".getBytes(StandardCharsets.UTF_8))));
        assertThat(changed.outcome()).isEqualTo(RecheckOutcome.CHANGED);
        assertThat(changed.detail()).isEqualTo("The page answered 200; 1 of the 1 fingerprinted item(s) captured before"
                + " are no longer there, 1 new.");
        assertThat(bench.jobs.waitingOf(caseId)).as("traced already").isEmpty();
        Recheck moved = afterAnHour(answeredBy("http://elsewhere.example/x", "192.0.2.3"));
        assertThat(moved.outcome()).isEqualTo(RecheckOutcome.MOVED);
        assertThat(moved.detail()).isEqualTo("The address now leads to another host, elsewhere.example."
                + " A new hosting trace was asked for.");
        assertThat(bench.jobs.waitingOf(caseId)).as("back to the trace").isNotEmpty();
        assertThat(bench.takedowns.ofCase(caseId).get().state()).isInstanceOf(TakedownState.Running.class);

        Recheck gone = afterAnHour(TestCaptures.failed(PAGE, new CaptureFailure.Unsuccessful(404)));

        assertThat(gone.outcome()).isEqualTo(RecheckOutcome.GONE);
        assertThat(gone.detail()).isEqualTo("The server answered 404. The takedown is closed.");
        var removed = bench.takedowns.ofCase(caseId).get();
        assertThat(removed.state()).isEqualTo(new TakedownState.Removed(bench.clock.instant(),
                "Seen gone by a re-check: The server answered 404."));
        assertThat(removed.timeToRemoval()).contains(Duration.ofHours(4));
        assertThat(bench.stateOf(caseId.toString())).isInstanceOf(CaseState.Closed.class);
        assertThat(work.ofCase(caseId, 10)).extracting(Recheck::outcome).containsExactly(RecheckOutcome.GONE,
                RecheckOutcome.MOVED, RecheckOutcome.CHANGED, RecheckOutcome.STILL_THERE);
        assertThat(work.ofCase(caseId, 10).head().at()).isEqualTo(opened.plus(Duration.ofHours(4)));
        assertThat(work.ofCase(caseId, 2)).hasSize(2);
        bench.clock.advance(Duration.ofHours(1));
        assertThat(work.round()).as("nothing runs any more").isZero();
    }

    /** The page, answered from the given host and network address. */
    private static Capture answeredBy(String address, String connectedTo) {
        var url = TestCaptures.url(address);
        var answer = new Answer(url, org.hotline.domain.capture.IpAddress.parse(connectedTo).get(), 200, KeptHeaders.NONE,
                ContentType.HTML, 100);
        return new Capture(TestCaptures.url(PAGE), TestCaptures.AT, Duration.ofMillis(40), List.empty(),
                Option.some(answer), Option.none(), List.of(picture(PICTURE)), 0, Option.none());
    }

    @Test
    void a_page_served_from_another_country_than_the_one_settled_has_moved() {
        CaseId caseId = inTakedown(true);

        Recheck moved = afterAnHour(answeredBy(PAGE, "192.0.2.2"));

        assertThat(moved.outcome()).isEqualTo(RecheckOutcome.MOVED);
        assertThat(moved.detail()).startsWith("The page is now served from 192.0.2.2, in NL (settled: XT).");
        assertThat(bench.jobs.waitingOf(caseId)).isNotEmpty();
    }

    @Test
    void content_gone_before_the_host_was_asked_is_kept_but_leaves_the_takedown_running() {
        CaseId caseId = inTakedown(false);

        Recheck gone = afterAnHour(TestCaptures.failed(PAGE, new CaptureFailure.NameNotResolved("home.example")));

        assertThat(gone.outcome()).isEqualTo(RecheckOutcome.GONE);
        assertThat(gone.detail()).startsWith("The name home.example does not resolve to any address. The takedown stays"
                + " open: ");
        assertThat(bench.takedowns.ofCase(caseId).get().state()).isInstanceOf(TakedownState.Running.class);
    }

    @Test
    void content_still_there_or_changed_is_followed_up_and_what_was_queued_is_said_but_not_when_gone_or_unreachable() {
        CaseId caseId = inTakedown(true);
        Instant notice = bench.takedowns.ofCase(caseId).get().noticeSentAt().get();
        reminding = true;

        Recheck there = afterAnHour(TestCaptures.page(PAGE, picture(PICTURE)));
        Recheck changed = afterAnHour(TestCaptures.page(PAGE, picture("another picture".getBytes(StandardCharsets.UTF_8))));
        afterAnHour(TestCaptures.failed(PAGE, new CaptureFailure.Unsuccessful(503)));
        afterAnHour(TestCaptures.failed(PAGE, new CaptureFailure.Unsuccessful(410)));

        assertThat(there.detail()).isEqualTo("The page answered 200 with the 1 fingerprinted item(s) captured before."
                + " A reminder (T-1) was queued for Home Hosting.");
        assertThat(changed.detail()).endsWith(" A reminder (T-1) was queued for Home Hosting.");
        assertThat(followedUp).containsExactly(PAGE + " at " + notice.plus(Duration.ofHours(1)) + " after " + notice,
                PAGE + " at " + notice.plus(Duration.ofHours(2)) + " after " + notice);
    }

    @Test
    void an_address_that_cannot_be_reached_concludes_nothing() {
        CaseId caseId = inTakedown(true);

        Recheck unreachable = afterAnHour(TestCaptures.failed(PAGE, new CaptureFailure.Unsuccessful(503)));

        assertThat(unreachable.outcome()).isEqualTo(RecheckOutcome.UNREACHABLE);
        assertThat(unreachable.contentUp()).isFalse();
        assertThat(bench.takedowns.ofCase(caseId).get().state()).isInstanceOf(TakedownState.Running.class);
        assertThat(rechecks.latestOf(caseId)).contains(unreachable);
    }
}
