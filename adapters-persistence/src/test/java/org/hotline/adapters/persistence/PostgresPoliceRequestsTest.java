package org.hotline.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.vavr.control.Option;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.takedown.PoliceRequest;
import org.hotline.domain.testing.InMemoryAuditTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The police's requests on the real database: kept as asked, answered once, listed open first. */
class PostgresPoliceRequestsTest {

    private static final StaffId LIAISON = new StaffId(UUID.fromString("00000000-0000-0000-0000-0000000000b5"));
    private static final StaffId ANALYST = new StaffId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

    private PostgresPoliceRequests requests;
    private PostgresWorkbench bench;

    @BeforeEach
    void empty() throws Exception {
        Database database = TestDatabase.empty();
        database.asOwner().useHandle(handle -> handle.execute("truncate police_request"));
        bench = new PostgresWorkbench(database, new InMemoryAuditTrail());
        requests = new PostgresPoliceRequests(database);
    }

    private PoliceRequest asked(CaseId caseId, String text, Option<LocalDate> neededBy, int minutes) {
        var request = new PoliceRequest(UUID.randomUUID(), caseId, LIAISON, AT.plusSeconds(60L * minutes), text, neededBy,
                Option.none());
        requests.add(request);
        return request;
    }

    @Test
    void a_request_comes_back_as_asked_and_is_answered_once() {
        CaseId caseId = PostgresWorkbench.id(bench.aCase("http://files.example.org/a/1.jpg"));
        PoliceRequest asked = asked(caseId, "Keep the capture.", Option.some(LocalDate.parse("2026-12-14")), 0);
        PoliceRequest answered = asked.answered(new PoliceRequest.Answer(ANALYST, AT.plusSeconds(3600), "Kept."));

        assertThat(requests.find(asked.id())).contains(asked);
        assertThat(requests.answer(answered)).isTrue();
        assertThat(requests.answer(asked.answered(new PoliceRequest.Answer(ANALYST, AT, "Again.")))).isFalse();
        assertThat(requests.find(asked.id())).contains(answered);
        assertThat(requests.ofCase(caseId)).containsExactly(answered);
        assertThat(requests.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void open_requests_come_first_needed_soonest_first_then_the_latest_answered() {
        CaseId caseId = PostgresWorkbench.id(bench.aCase("http://files.example.org/a/1.jpg"));
        PoliceRequest whenever = asked(caseId, "Send the trace.", Option.none(), 0);
        PoliceRequest later = asked(caseId, "Is it still up?", Option.some(LocalDate.parse("2026-12-20")), 1);
        PoliceRequest soon = asked(caseId, "Keep the capture.", Option.some(LocalDate.parse("2026-12-10")), 2);
        PoliceRequest first = asked(caseId, "Who hosts it?", Option.none(), 3)
                .answered(new PoliceRequest.Answer(ANALYST, AT.plusSeconds(7200), "AS64500."));
        PoliceRequest second = asked(caseId, "Any other reports?", Option.none(), 4)
                .answered(new PoliceRequest.Answer(ANALYST, AT.plusSeconds(9000), "None."));
        requests.answer(first);
        requests.answer(second);

        assertThat(requests.openAndRecent(10)).containsExactly(soon, later, whenever, second, first);
        assertThat(requests.openAndRecent(1)).containsExactly(soon, later, whenever, second);
        assertThat(requests.ofCase(caseId)).containsExactly(second, first, soon, later, whenever);
    }
}
