package org.hotline.domain.hosting.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.domain.testing.TestStaff.analyst;
import static org.hotline.domain.testing.TestStaff.supervisor;

import java.time.Duration;
import java.util.UUID;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.capture.job.CaptureId;
import org.hotline.domain.capture.job.CaptureJobId;
import org.hotline.domain.capture.job.ItemId;
import org.hotline.domain.capture.job.RecordedCapture;
import org.hotline.domain.hosting.HostTrace;
import org.hotline.domain.hosting.HostingTrace;
import org.hotline.domain.hosting.TraceHosting;
import org.hotline.domain.hosting.address.Host;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.testing.TestCaptures;
import org.hotline.domain.testing.TestLaw;
import org.junit.jupiter.api.Test;

class TraceWorkTest {

    private final HostingBench bench = new HostingBench();

    private Seq<RecordedTrace> tracesOf(String caseId) {
        return bench.traces.ofCase(HostingBench.idOf(caseId));
    }

    @Test
    void a_case_assessed_illegal_is_asked_for_once_and_its_trace_kept_with_the_data_version() {
        String id = bench.anIllegalCase("http://member.example/gallery", analyst(1));

        int asked = bench.work.requestUntraced(10);
        int again = bench.work.requestUntraced(10);
        Seq<TraceWork.Ran> ran = bench.work.round(10);

        assertThat(asked).isEqualTo(1);
        assertThat(again).as("the waiting job is enough").isZero();
        assertThat(ran.map(TraceWork.Ran::outcome)).containsExactly(TraceWork.Outcome.TRACED);
        HostingTrace trace = tracesOf(id).single().trace();
        assertThat(trace.data()).isEqualTo(bench.data.current().version());
        assertThat(trace.hosts().single().addresses().map(a -> a.facts().organisation().get()))
                .containsExactly("Dutch Hosting B.V.", "Dutch Hosting B.V.");
        assertThat(tracesOf(id).single().requestedBy()).isEmpty();
        assertThat(bench.jobs.waitingOf(HostingBench.idOf(id))).isEmpty();
        assertThat(bench.audit.entries().filter(e -> e.action().equals("hosting.traced")).single().after())
                .contains("1 host(s) traced; countries: NL");
    }

    @Test
    void a_traced_case_is_not_asked_for_again_nor_a_case_that_does_not_await_the_trace() {
        String traced = bench.anIllegalCase("http://member.example/gallery", analyst(1));
        bench.aCase("http://home.example/not-assessed");
        bench.traceAll();

        assertThat(bench.work.requestUntraced(10)).isZero();
        assertThat(tracesOf(traced)).hasSize(1);
    }

    @Test
    void the_hosts_of_the_items_the_latest_capture_found_are_traced_after_the_page() {
        String id = bench.anIllegalCase("http://member.example/gallery", analyst(1));
        CaseId caseId = HostingBench.idOf(id);
        var capture = TestCaptures.page("http://member.example/gallery",
                TestCaptures.image("http://images.example/a.jpg", new byte[] {1}, 10, 10),
                TestCaptures.image("http://member.example/b.jpg", new byte[] {2}, 10, 10));
        bench.captures.add(new RecordedCapture(new CaptureId(UUID.randomUUID()), caseId, new CaptureJobId(UUID.randomUUID()),
                capture, List.of(new ItemId(UUID.randomUUID()), new ItemId(UUID.randomUUID()))));

        bench.traceAll();

        Seq<HostTrace> hosts = tracesOf(id).single().trace().hosts();
        assertThat(hosts.map(h -> h.host().text())).containsExactly("member.example", "images.example");
        assertThat(hosts.map(HostTrace::role)).containsExactly(HostTrace.Role.PAGE_AND_ITEMS, HostTrace.Role.ITEMS);
        assertThat(tracesOf(id).single().trace().summary().candidates().map(c -> c.country().value()))
                .containsExactly("NL", "DE");
    }

    @Test
    void a_trace_that_stops_on_a_fault_is_tried_again_later_with_a_growing_delay_and_says_why() {
        String id = bench.anIllegalCase("http://member.example/gallery", analyst(1));
        TraceHosting broken = new TraceHosting() {
            @Override
            public HostingTrace tracePage(Host page, Seq<Host> items) {
                throw new IllegalStateException("the resolver's thread pool is gone");
            }

            @Override
            public HostingTrace lookUp(Seq<Host> hosts) {
                throw new UnsupportedOperationException();
            }
        };
        TraceWork failing = new TraceWork(broken, bench.ports, bench.captures, HostingBench.LEASE);

        TraceWork.Ran first = failing.round(10).single();
        TraceJob waiting = bench.jobs.waitingOf(HostingBench.idOf(id)).get();

        assertThat(first.outcome()).isEqualTo(TraceWork.Outcome.RETRY_LATER);
        assertThat(first.error().get()).hasMessageContaining("thread pool");
        assertThat(waiting.lastFailure()).contains(TraceWork.INTERNAL_FAILURE);
        assertThat(bench.jobs.dueAt(waiting.id())).contains(bench.clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(failing.round(10)).as("not due yet").isEmpty();
        bench.clock.advance(Duration.ofMinutes(1));
        failing.round(10);
        assertThat(bench.jobs.dueAt(waiting.id())).contains(bench.clock.instant().plus(Duration.ofMinutes(2)));
        assertThat(tracesOf(id)).isEmpty();
        bench.clock.advance(Duration.ofMinutes(2));
        assertThat(bench.work.round(10).single().outcome()).isEqualTo(TraceWork.Outcome.TRACED);
    }

    @Test
    void the_delay_doubles_from_a_minute_up_to_an_hour() {
        assertThat(TraceWork.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(TraceWork.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(TraceWork.delayAfter(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(TraceWork.delayAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(TraceWork.delayAfter(100)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_job_taken_away_while_it_was_traced_keeps_nothing() {
        String id = bench.anIllegalCase("http://member.example/gallery", analyst(1));
        bench.work.requestUntraced(10);
        TraceJob leased = bench.jobs.lease(10, HostingBench.LEASE).single();
        bench.jobs.takeAway(leased.id());

        TraceWork.Ran ran = bench.work.run(leased);

        assertThat(ran.outcome()).isEqualTo(TraceWork.Outcome.LOST);
        assertThat(tracesOf(id)).isEmpty();
        assertThat(bench.audit.entries().filter(e -> e.action().equals("hosting.traced"))).isEmpty();
    }

    @Test
    void a_case_appealed_while_it_awaits_the_trace_is_traced_again_from_its_new_start() {
        String id = bench.anIllegalCase("http://member.example/gallery", analyst(1));
        bench.traceAll();
        bench.clock.advance(Duration.ofMinutes(5));
        bench.assessment.appeal(supervisor(2), id, TestLaw.illegal()).get();

        assertThat(bench.work.requestUntraced(10)).isEqualTo(1);
        assertThat(bench.jobs.waitingOf(HostingBench.idOf(id)).get().requestedBy()).isEqualTo(Option.none());
    }
}
