package org.hotline.domain.hosting.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.domain.testing.TestStaff.analyst;
import static org.hotline.domain.testing.TestStaff.legalAdviser;
import static org.hotline.domain.testing.TestStaff.supervisor;

import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.audit.AuditEntry;
import org.hotline.domain.hosting.HostingDecision;
import org.hotline.domain.report.AfterTrace;
import org.hotline.domain.report.CaseState;
import org.hotline.domain.staff.Acting;
import org.junit.jupiter.api.Test;

class HostingDeskTest {

    private final HostingBench bench = new HostingBench();

    private AuditEntry lastAudit(String action) {
        return bench.audit.entries().filter(entry -> entry.action().equals(action)).last();
    }

    @Test
    void a_case_hosted_in_a_country_with_a_member_hotline_is_to_be_referred_to_it() {
        String id = bench.anIllegalCase("http://member.example/gallery", analyst(1));
        bench.traceAll();

        Settlement settled = bench.desk.settle(analyst(1), id, "nl", "").get();

        assertThat(bench.stateOf(id)).isEqualTo(new CaseState.ToRefer(bench.clock.instant(), new CountryCode("NL")));
        assertThat(settled.decision()).isEqualTo(new HostingDecision(new CountryCode("NL"), HostingDecision.Basis.CONFIRMED,
                Option.none()));
        assertThat(settled.standing()).isEqualTo(CountryStanding.MEMBER_HOTLINE);
        assertThat(settled.procedure()).isEqualTo("xt-refer");
        assertThat(settled.steps()).containsExactly("Refer to the hotline of NL.");
        assertThat(settled.next()).isEqualTo(AfterTrace.REFERRAL);
        assertThat(settled.trace()).isEqualTo(bench.traces.ofCase(HostingBench.idOf(id)).headOption().map(RecordedTrace::id));
        assertThat(bench.settlements.ofCase(HostingBench.idOf(id))).containsExactly(settled);
    }

    @Test
    void settling_to_refer_refers_the_case_with_its_address_trace_and_verdict_and_other_settlements_do_not() {
        String abroad = bench.anIllegalCase("http://member.example/gallery", analyst(1));
        String home = bench.anIllegalCase("http://home.example/x", analyst(1));
        var capture = org.hotline.domain.testing.TestCaptures.page("http://member.example/gallery",
                org.hotline.domain.testing.TestCaptures.image("http://member.example/a.jpg", new byte[] {1}, 10, 10),
                org.hotline.domain.testing.TestCaptures.image("http://member.example/b.jpg", new byte[] {1}, 10, 10),
                org.hotline.domain.testing.TestCaptures.image("http://member.example/c.jpg", new byte[] {2}, 10, 10));
        bench.captures.add(new org.hotline.domain.capture.job.RecordedCapture(
                new org.hotline.domain.capture.job.CaptureId(java.util.UUID.randomUUID()), HostingBench.idOf(abroad),
                new org.hotline.domain.capture.job.CaptureJobId(java.util.UUID.randomUUID()), capture,
                io.vavr.collection.List.fill(3, () -> new org.hotline.domain.capture.job.ItemId(java.util.UUID.randomUUID()))));
        bench.traceAll();

        bench.desk.settle(analyst(1), abroad, "NL", "").get();
        bench.desk.settle(analyst(1), home, "XT", "").get();

        var referral = bench.exchange.referral(HostingBench.idOf(abroad)).get();
        assertThat(referral.from()).isEqualTo(new CountryCode("XT"));
        assertThat(referral.to()).isEqualTo(new CountryCode("NL"));
        assertThat(referral.address()).isEqualTo("http://member.example/gallery");
        assertThat(referral.hostingTrace()).startsWith("Settled hosting country: NL\nNL: member.example at ");
        assertThat(referral.verdict().kind()).isEqualTo("ILLEGAL");
        assertThat(referral.verdict().ruleBook()).isNotBlank();
        assertThat(referral.at()).isEqualTo(bench.clock.instant());
        assertThat(referral.items()).as("the same picture twice is one fingerprint").hasSize(2);
        assertThat(referral.items().map(item -> item.sha256())).containsExactlyElementsOf(capture.items()
                .flatMap(item -> item.fingerprints()).map(prints -> prints.sha256().hex()).distinct());
        assertThat(bench.exchange.referral(HostingBench.idOf(home))).isEmpty();
    }

    @Test
    void a_case_hosted_at_home_goes_to_takedown() {
        String id = bench.anIllegalCase("http://home.example/x", analyst(1));
        bench.traceAll();

        Settlement settled = bench.desk.settle(analyst(1), id, "XT", null).get();

        assertThat(bench.stateOf(id)).isEqualTo(new CaseState.InTakedown(bench.clock.instant()));
        assertThat(settled.standing()).isEqualTo(CountryStanding.HOME);
        assertThat(settled.steps()).containsExactly("Tell the police.", "The police clear it.", "Send the notice.");
    }

    @Test
    void a_case_hosted_in_a_country_without_a_member_hotline_goes_to_the_police_liaison() {
        String id = bench.anIllegalCase("http://elsewhere.example/x", analyst(1));
        bench.traceAll();

        Settlement settled = bench.desk.settle(supervisor(2), id, "KP", "").get();

        assertThat(bench.stateOf(id)).isEqualTo(new CaseState.ForPolice(bench.clock.instant(), new CountryCode("KP")));
        assertThat(settled.standing()).isEqualTo(CountryStanding.NO_MEMBER_HOTLINE);
        assertThat(settled.steps()).containsExactly("Tell the police: KP has no member hotline.");
        assertThat(settled.by()).isEqualTo(supervisor(2).staff());
    }

    @Test
    void settling_is_audited_with_the_states_the_country_its_basis_and_the_procedure() {
        String id = bench.anIllegalCase("http://member.example/gallery", analyst(1));
        bench.traceAll();

        bench.desk.settle(analyst(1), id, "NL", "").get();

        AuditEntry entry = lastAudit("case.hosting_settled");
        assertThat(entry.subject()).isEqualTo("case:" + id);
        assertThat(entry.actor()).contains(analyst(1).staff());
        assertThat(entry.before()).startsWith("AWAITING_HOSTING_TRACE");
        assertThat(entry.after()).contains("TO_REFER to NL", "hosting country NL (CONFIRMED)", "MEMBER_HOTLINE", "xt-refer",
                "trace ");
    }

    @Test
    void an_override_of_the_traced_country_needs_a_reason_and_is_audited_with_it() {
        String id = bench.anIllegalCase("http://member.example/gallery", analyst(1));
        bench.traceAll();

        var refused = bench.desk.settle(analyst(1), id, "XT", "  ");
        Settlement settled = bench.desk.settle(analyst(1), id, "XT", "The host's own notice says the servers are in XT.").get();

        assertThat(refused.getLeft().reason()).isEqualTo(HostingRefusal.REASON_REQUIRED);
        assertThat(settled.decision().basis()).isEqualTo(HostingDecision.Basis.OVERRIDDEN);
        assertThat(settled.decision().reason()).contains("The host's own notice says the servers are in XT.");
        assertThat(bench.stateOf(id)).isInstanceOf(CaseState.InTakedown.class);
        assertThat(lastAudit("case.hosting_settled").after())
                .contains("OVERRIDDEN: The host's own notice says the servers are in XT.");
    }

    @Test
    void before_any_trace_a_country_is_entered_with_a_reason() {
        String id = bench.anIllegalCase("http://member.example/gallery", analyst(1));

        var refused = bench.desk.settle(analyst(1), id, "NL", "");
        Settlement settled = bench.desk.settle(analyst(1), id, "NL", "The reporter's hotline traced it.").get();

        assertThat(refused.getLeft().reason()).isEqualTo(HostingRefusal.REASON_REQUIRED);
        assertThat(settled.decision().basis()).isEqualTo(HostingDecision.Basis.ENTERED);
        assertThat(settled.trace()).isEmpty();
        assertThat(lastAudit("case.hosting_settled").after()).contains("no trace");
    }

    @Test
    void a_country_that_is_not_a_two_letter_code_is_refused_beside_its_field_and_nothing_changes() {
        String id = bench.anIllegalCase("http://member.example/gallery", analyst(1));
        bench.traceAll();

        var refused = bench.desk.settle(analyst(1), id, "Netherlands", "");

        assertThat(refused.getLeft().reason()).isEqualTo(HostingRefusal.COUNTRY_INVALID);
        assertThat(refused.getLeft().fields().map(field -> field.field())).containsExactly(SettleHosting.COUNTRY_FIELD);
        assertThat(bench.stateOf(id)).isInstanceOf(CaseState.AwaitingHostingTrace.class);
        assertThat(bench.settlements.ofCase(HostingBench.idOf(id))).isEmpty();
    }

    @Test
    void a_case_settled_once_cannot_be_settled_again() {
        String id = bench.anIllegalCase("http://member.example/gallery", analyst(1));
        bench.traceAll();
        bench.desk.settle(analyst(1), id, "NL", "").get();

        var again = bench.desk.settle(analyst(2), id, "NL", "");

        assertThat(again.getLeft().reason()).isEqualTo(HostingRefusal.NOT_AWAITING_TRACE);
        assertThat(bench.settlements.ofCase(HostingBench.idOf(id))).hasSize(1);
    }

    @Test
    void a_case_not_yet_assessed_has_no_hosting_to_settle() {
        String id = bench.aCase("http://member.example/new");

        assertThat(bench.desk.settle(analyst(1), id, "NL", "Known.").getLeft().reason()).isEqualTo(HostingRefusal.NOT_AWAITING_TRACE);
        assertThat(bench.desk.hostingOf(analyst(1), id).get().maySettle()).isFalse();
    }

    @Test
    void only_analysts_and_supervisors_settle_or_read_the_hosting() {
        String id = bench.anIllegalCase("http://member.example/gallery", analyst(1));
        Acting adviser = legalAdviser(3);

        assertThat(bench.desk.settle(adviser, id, "NL", "x").getLeft().reason()).isEqualTo(HostingRefusal.ROLE_REQUIRED);
        assertThat(bench.desk.hostingOf(adviser, id).getLeft().reason()).isEqualTo(HostingRefusal.ROLE_REQUIRED);
        assertThat(bench.desk.traceAgain(adviser, id).getLeft().reason()).isEqualTo(HostingRefusal.ROLE_REQUIRED);
    }

    @Test
    void the_hosting_of_a_case_shows_its_traces_the_waiting_job_and_the_data_as_it_stands_now() {
        String id = bench.anIllegalCase("http://member.example/gallery", analyst(1));
        bench.work.requestUntraced(10);

        CaseHosting waiting = bench.desk.hostingOf(analyst(1), id).get();
        bench.traceAll();
        CaseHosting traced = bench.desk.hostingOf(analyst(1), id).get();

        assertThat(waiting.waiting()).hasSize(1);
        assertThat(waiting.traces()).isEmpty();
        assertThat(waiting.summary()).isEmpty();
        assertThat(waiting.dataNow()).isEqualTo(bench.data.current().version());
        assertThat(traced.waiting()).isEmpty();
        assertThat(traced.traces()).hasSize(1);
        assertThat(traced.summary().get().suggestion()).contains(new CountryCode("NL"));
        assertThat(traced.maySettle()).isTrue();
    }

    @Test
    void tracing_again_is_audited_and_refused_while_a_trace_waits() {
        String id = bench.anIllegalCase("http://member.example/gallery", analyst(1));
        bench.traceAll();

        TraceJob job = bench.desk.traceAgain(supervisor(2), id).get();
        var twice = bench.desk.traceAgain(analyst(1), id);

        assertThat(job.requestedBy()).contains(supervisor(2).staff());
        assertThat(twice.getLeft().reason()).isEqualTo(HostingRefusal.TRACE_WAITING);
        assertThat(lastAudit("hosting.trace_requested").after()).isEqualTo("trace job " + job.id());
        bench.traceAll();
        assertThat(bench.traces.ofCase(HostingBench.idOf(id))).hasSize(2);
        assertThat(bench.traces.ofCase(HostingBench.idOf(id)).head().requestedBy()).contains(supervisor(2).staff());
    }
}
