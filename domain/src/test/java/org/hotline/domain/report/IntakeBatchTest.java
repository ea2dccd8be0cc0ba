package org.hotline.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** The intake rule in one place: which case takes in each address of a batch, and what the batch does to it. */
class IntakeBatchTest {

    private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");
    private final IntakeRules rules = new IntakeRules(Duration.ofDays(10), QueuePriority.standard());

    @Test
    void an_address_joins_its_open_case() {
        Case open = aCase("http://example.org/a", new CaseState.AwaitingAssessment());
        IntakeBatch batch = alone(aReport(NOW, "TEXT", "http://example.org/a"));

        var decisions = batch.decide(HashMap.of("http://example.org/a", new CasesOfAddress(Option.some(open),
                Option.some(closed("http://example.org/a", CaseState.ClosureReason.NOT_ILLEGAL, NOW.minusSeconds(60))))));

        assertThat(decisions.joining().get("http://example.org/a")).contains(open);
        assertThat(decisions.openings()).isEmpty();
    }

    @Test
    void an_address_without_an_open_case_joins_its_latest_closed_case_only_if_closed_as_not_illegal_within_the_window() {
        IntakeBatch batch = alone(aReport(NOW, "TEXT", "http://example.org/a"));
        Case recent = closed("http://example.org/a", CaseState.ClosureReason.NOT_ILLEGAL, NOW.minus(Duration.ofDays(10)));
        Case old = closed("http://example.org/a", CaseState.ClosureReason.NOT_ILLEGAL, NOW.minus(Duration.ofDays(10)).minusMillis(1));
        Case removed = closed("http://example.org/a", CaseState.ClosureReason.CONTENT_REMOVED, NOW.minusSeconds(1));

        assertThat(batch.decide(found(Option.none(), Option.some(recent))).joining().values()).containsExactly(recent);
        assertThat(batch.decide(found(Option.none(), Option.some(old))).openings()).hasSize(1);
        assertThat(batch.decide(found(Option.none(), Option.some(removed))).openings())
                .as("a case closed for another reason takes in nothing, whatever closed before it").hasSize(1);
        assertThat(batch.decide(HashMap.empty()).openings()).hasSize(1);
    }

    @Test
    void the_first_report_naming_an_address_offers_its_case_which_opens_with_the_signals_of_every_report_naming_it() {
        Report text = aReport(NOW, "TEXT", "http://example.org/a", "http://example.org/b");
        Report images = aReport(NOW.plusMillis(1), "IMAGES", "http://example.org/a");
        List<Case> textCandidates = candidatesFor(text);
        IntakeBatch batch = new IntakeBatch(rules, List.of(new IntakeBatch.Arrival(text, textCandidates),
                new IntakeBatch.Arrival(images, candidatesFor(images))));

        var openings = batch.decide(HashMap.empty()).openings();

        assertThat(batch.addresses()).containsExactly("http://example.org/a", "http://example.org/b");
        assertThat(openings.map(IntakeBatch.Opening::candidate)).containsExactlyElementsOf(textCandidates);
        assertThat(openings.head().signals()).isEqualTo(new CaseSignals(2, false, true));
        assertThat(openings.head().priority()).isEqualTo(Priority.HIGH);
        assertThat(openings.last().signals()).isEqualTo(new CaseSignals(1, false, false));
        assertThat(openings.last().priority()).isEqualTo(Priority.NORMAL);
    }

    @Test
    void an_address_another_writer_opened_a_case_for_meanwhile_is_decided_again_alone() {
        Report report = aReport(NOW, "TEXT", "http://example.org/a", "http://example.org/b");
        IntakeBatch batch = alone(report);
        Case openedByAnother = aCase("http://example.org/b", new CaseState.AwaitingAssessment());

        var again = batch.decide(List.of("http://example.org/b"),
                HashMap.of("http://example.org/b", new CasesOfAddress(Option.some(openedByAnother), Option.none())));

        assertThat(again.joining().toJavaMap()).containsExactly(java.util.Map.entry("http://example.org/b", openedByAnother));
        assertThat(again.openings()).as("the other address is not decided again").isEmpty();
    }

    @Test
    void settling_links_each_report_ranks_the_cases_it_joined_and_marks_only_the_opener() {
        Report first = aReport(NOW, "TEXT", "http://example.org/new", "http://example.org/viral");
        Report second = aReport(NOW.plusMillis(1), "TEXT", "http://example.org/new");
        List<Case> firstCandidates = candidatesFor(first);
        IntakeBatch batch = new IntakeBatch(rules, List.of(new IntakeBatch.Arrival(first, firstCandidates),
                new IntakeBatch.Arrival(second, candidatesFor(second))));
        Case viral = aCase("http://example.org/viral", new CaseState.AwaitingAssessment());
        Case opened = firstCandidates.head();

        var settlement = batch.settle(HashMap.of("http://example.org/new", opened, "http://example.org/viral", viral),
                HashSet.of(opened.id()),
                HashMap.of(viral.id(), new IntakeBatch.Joined(viral, new CaseSignals(9, false, false)))).get();

        assertThat(settlement.rankings()).containsExactly(
                new IntakeBatch.Ranking(viral.id(), new CaseSignals(10, false, false), Priority.URGENT));
        assertThat(settlement.filings().map(f -> f.report())).containsExactly(first, second);
        assertThat(settlement.filings().head().links().map(CaseLink::opened)).containsExactly(true, false);
        assertThat(settlement.filings().last().links().map(CaseLink::opened)).containsExactly(false);
        assertThat(settlement.filings().last().links().head().caseId()).isEqualTo(opened.id());
    }

    @Test
    void a_case_closed_for_good_since_it_was_decided_on_stops_the_batch_but_a_claim_meanwhile_does_not() {
        IntakeBatch batch = alone(aReport(NOW, "TEXT", "http://example.org/a"));
        Case open = aCase("http://example.org/a", new CaseState.AwaitingAssessment());
        Map<String, Case> caseOf = HashMap.of("http://example.org/a", open);
        Case removed = Case.restore(open.id(), open.url(), open.openedAt(), open.firstReport(),
                new CaseState.Closed(NOW, CaseState.ClosureReason.CONTENT_REMOVED));
        Case claimed = Case.restore(open.id(), open.url(), open.openedAt(), open.firstReport(),
                new CaseState.InAssessment(new org.hotline.domain.staff.StaffId(UUID.randomUUID()), NOW, NOW.plusSeconds(60)));

        var changed = batch.settle(caseOf, HashSet.empty(), HashMap.of(open.id(), new IntakeBatch.Joined(removed, CaseSignals.none())));
        var stillOpen = batch.settle(caseOf, HashSet.empty(), HashMap.of(open.id(), new IntakeBatch.Joined(claimed, CaseSignals.none())));

        assertThat(changed.getLeft().addresses()).containsExactly("http://example.org/a");
        assertThat(stillOpen.get().filings().head().stateOf(stillOpen.get().filings().head().links().head()))
                .as("the filing shows the case as it is now").isEqualTo(claimed.state());
    }

    private static Map<String, CasesOfAddress> found(Option<Case> open, Option<Case> latestClosed) {
        return HashMap.of("http://example.org/a", new CasesOfAddress(open, latestClosed));
    }

    private static Case aCase(String address, CaseState state) {
        return Case.restore(new CaseId(UUID.randomUUID()), ReportedUrl.parse(address).get(), NOW.minus(Duration.ofDays(20)),
                new ReportId(UUID.randomUUID()), state);
    }

    private static Case closed(String address, CaseState.ClosureReason reason, Instant at) {
        return aCase(address, new CaseState.Closed(at, reason));
    }

    private IntakeBatch alone(Report report) {
        return IntakeBatch.of(rules, report, candidatesFor(report));
    }

    private static List<Case> candidatesFor(Report report) {
        return report.urls().map(url -> Case.open(new CaseId(UUID.randomUUID()), url, report));
    }

    private static Report aReport(Instant at, String seen, String... urls) {
        ReportSubmission submission = new ReportSubmission(Channel.WEB_FORM, java.util.List.of(urls), java.util.List.of(seen),
                null, null, null, null);
        return Report.receive(new ReportId(UUID.randomUUID()), at, submission, submission.validate().get());
    }
}
