package org.hotline.domain.hosting.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.domain.testing.TestStaff.analyst;
import static org.hotline.domain.testing.TestStaff.policeLiaison;
import static org.hotline.domain.testing.TestStaff.supervisor;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import io.vavr.control.Option;
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.takedown.HandlePoliceRequests;
import org.hotline.domain.takedown.PoliceRequest;
import org.hotline.domain.takedown.PoliceRequestDesk;
import org.hotline.domain.takedown.TakedownPorts;
import org.hotline.domain.takedown.TakedownRefusal;
import org.hotline.domain.testing.InMemoryPoliceRequests;
import org.junit.jupiter.api.Test;

/**
 * The police's requests to the hotline: asked by the police liaison about a case, answered once by an analyst or a
 * supervisor, listed open first (needed soonest first) for the police page; wrong input refused naming its field.
 */
class PoliceRequestDeskTest {

    private final HostingBench bench = new HostingBench();
    private final InMemoryPoliceRequests requests = new InMemoryPoliceRequests();
    private final PoliceRequestDesk desk = new PoliceRequestDesk(new TakedownPorts(bench.store, bench.takedowns,
            bench.notices, bench.audit, UnitOfWork.none(), bench.clock, bench.identities, ZoneId.of("Europe/Brussels")),
            requests);

    @Test
    void the_police_ask_about_a_case_and_an_analyst_answers_once() {
        String id = bench.anIllegalCase("http://home.example/x", analyst(1));

        PoliceRequest asked = desk.ask(policeLiaison(5), id, "  Keep the capture for the investigation. ", "2026-12-14")
                .get();
        bench.clock.advance(Duration.ofHours(3));
        PoliceRequest answered = desk.answer(analyst(1), asked.id().toString(), "Kept; the capture is sealed.").get();

        assertThat(asked.text()).isEqualTo("Keep the capture for the investigation.");
        assertThat(asked.neededBy()).contains(LocalDate.parse("2026-12-14"));
        assertThat(answered.answer().get()).isEqualTo(new PoliceRequest.Answer(analyst(1).staff(), bench.clock.instant(),
                "Kept; the capture is sealed."));
        assertThat(desk.ofCase(supervisor(8), id).get()).containsExactly(answered);
        assertThat(desk.answer(supervisor(8), asked.id().toString(), "again").getLeft().reason())
                .isEqualTo(TakedownRefusal.REQUEST_ANSWERED);
        assertThat(bench.audit.actions()).endsWith("police.request_asked", "police.request_answered");
    }

    @Test
    void open_requests_come_first_those_needed_soonest_first_then_the_latest_answered() {
        String id = bench.anIllegalCase("http://home.example/x", analyst(1));
        PoliceRequest whenever = desk.ask(policeLiaison(5), id, "Send the trace.", "").get();
        PoliceRequest later = desk.ask(policeLiaison(5), id, "Is it still up?", "2026-12-20").get();
        PoliceRequest soon = desk.ask(policeLiaison(5), id, "Keep the capture.", "2026-12-10").get();
        PoliceRequest done = desk.answer(analyst(1), desk.ask(policeLiaison(5), id, "Who hosts it?", "").get().id()
                .toString(), "Example Hosting Ltd, AS64500.").get();

        assertThat(desk.openAndRecent(policeLiaison(5)).get()).containsExactly(soon, later, whenever, done);
        assertThat(soon.due(LocalDate.parse("2026-12-10"))).isTrue();
        assertThat(soon.due(LocalDate.parse("2026-12-09"))).isFalse();
        assertThat(done.due(LocalDate.parse("2027-01-01"))).as("answered").isFalse();
    }

    @Test
    void roles_unknown_cases_and_bad_input_are_refused_naming_the_field() {
        String id = bench.anIllegalCase("http://home.example/x", analyst(1));

        assertThat(desk.ask(analyst(1), id, "Keep it.", "").getLeft().reason()).isEqualTo(TakedownRefusal.ROLE_REQUIRED);
        assertThat(desk.ask(policeLiaison(5), "no-such-case", "Keep it.", "").getLeft().fields())
                .extracting(field -> field.field()).containsExactly(HandlePoliceRequests.CASE_FIELD);
        assertThat(desk.ask(policeLiaison(5), id, "  ", "").getLeft().fields()).extracting(field -> field.field())
                .containsExactly(HandlePoliceRequests.REQUEST_FIELD);
        assertThat(desk.ask(policeLiaison(5), id, "Keep it.", "14/12/2026").getLeft().reason())
                .isEqualTo(TakedownRefusal.NEEDED_BY_INVALID);
        assertThat(desk.ask(policeLiaison(5), id, "Keep it.", "2020-01-01").getLeft().detail()).contains("has passed");
        PoliceRequest asked = desk.ask(policeLiaison(5), id, "Keep it.", "").get();
        assertThat(desk.answer(policeLiaison(5), asked.id().toString(), "Done.").getLeft().reason())
                .isEqualTo(TakedownRefusal.ROLE_REQUIRED);
        assertThat(desk.answer(analyst(1), "not-an-id", "Done.").getLeft().reason())
                .isEqualTo(TakedownRefusal.REQUEST_UNKNOWN);
        assertThat(desk.answer(analyst(1), asked.id().toString(), "").getLeft().reason())
                .isEqualTo(TakedownRefusal.TEXT_INVALID);
        assertThat(desk.openAndRecent(analyst(1)).getLeft().reason()).isEqualTo(TakedownRefusal.ROLE_REQUIRED);
        assertThat(requests.find(asked.id()).get().answer()).isEqualTo(Option.none());
    }
}
