package org.hotline.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import io.vavr.collection.List;
import org.hotline.domain.contact.EmailAddress;
import org.hotline.domain.notice.Notice;
import org.hotline.domain.notice.NoticeRecord;
import org.hotline.domain.notice.NoticeReference;
import org.hotline.domain.notice.NoticeSent;
import org.hotline.domain.notice.NoticeState;
import org.hotline.domain.notice.SendFailure;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.testing.InMemoryAuditTrail;
import org.hotline.domain.testing.TestNotices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notices and their outbox over the real database: kept as queued, joined by another case's addresses for the same
 * contact while never tried, leased by one instance at a time, and marked sent or failed only by the one holding it.
 */
class PostgresNoticesTest {

    private static final Duration LEASE = Duration.ofMinutes(5);

    @TempDir
    Path unused;

    private Database database;
    private Database secondInstance;
    private PostgresNotices notices;
    private PostgresWorkbench bench;

    @BeforeEach
    void empty() throws Exception {
        database = TestDatabase.empty();
        database.asOwner().useHandle(handle -> handle.execute("truncate notice_outbox, notice_case, notice"));
        bench = new PostgresWorkbench(database, new InMemoryAuditTrail());
        notices = new PostgresNotices(database, Duration.ZERO);
        String url;
        try (var connection = database.dataSource().getConnection()) {
            url = connection.getMetaData().getURL();
        }
        secondInstance = Database.start(TestDatabase.asExternal(url, unused).withPoolSize(2));
    }

    @AfterEach
    void stop() {
        secondInstance.close();
    }

    @Test
    void a_notice_comes_back_as_it_was_queued_with_its_case() {
        CaseId caseId = aCase("http://files.example.org/a/1.jpg");
        Notice notice = TestNotices.aFirstNotice();

        assertThat(notices.queue(notice, caseId)).isEqualTo(notice.reference());

        var kept = notices.find(notice.reference()).get();
        assertThat(kept.notice()).isEqualTo(notice);
        assertThat(kept.cases()).containsExactly(caseId);
        assertThat(kept.state()).isEqualTo(new NoticeState.Queued());
        assertThat(notices.ofCase(caseId)).containsExactly(kept);
        assertThat(notices.nextNumber()).isLessThan(notices.nextNumber());
    }

    @Test
    void another_case_for_the_same_contact_joins_a_notice_never_tried_and_a_leased_one_no_more() {
        CaseId first = aCase("http://files.example.org/a/1.jpg");
        CaseId second = aCase("http://files.example.org/b/2.jpg");
        CaseId third = aCase("http://files.example.org/c/3.jpg");
        notices.queue(TestNotices.aFirstNotice(), first);

        NoticeReference joined = notices.queue(notice("NTD-2", "http://files.example.org/b/2.jpg"), second);
        NoticeReference otherLanguage = notices.queue(Notice.first(new NoticeReference("NTD-3"), Locale.forLanguageTag("nl"),
                TestNotices.aHostingProvider(), List.of(TestNotices.url("http://files.example.org/b/2.jpg")),
                TestNotices.LEGAL_BASIS, TestNotices.ISSUED), second);
        notices.lease(10, LEASE);
        NoticeReference afterLease = notices.queue(notice("NTD-4", "http://files.example.org/c/3.jpg"), third);

        assertThat(joined).isEqualTo(TestNotices.aFirstNotice().reference());
        assertThat(otherLanguage).isEqualTo(new NoticeReference("NTD-3"));
        assertThat(afterLease).isEqualTo(new NoticeReference("NTD-4"));
        var grouped = notices.find(joined).get();
        assertThat(grouped.notice().addresses().map(Object::toString)).containsExactly(
                "https://files.example.org/a/1.jpg", "https://files.example.org/a/2.jpg", "http://files.example.org/b/2.jpg");
        assertThat(grouped.cases()).containsExactlyInAnyOrder(first, second);
        assertThat(notices.ofCase(second).map(record -> record.reference().value())).containsExactly("NTD-2026-0001", "NTD-3");
    }

    @Test
    void two_instances_never_lease_the_same_notice_and_only_the_holder_marks_it_sent() {
        CaseId caseId = aCase("http://files.example.org/a/1.jpg");
        notices.queue(TestNotices.aFirstNotice(), caseId);
        notices.queue(TestNotices.aFirstNotice("NTD-2", Locale.ENGLISH, TestNotices.aRegistrar()), caseId);
        var other = new PostgresNotices(secondInstance, Duration.ZERO);

        var mine = notices.lease(1, LEASE);
        var theirs = other.lease(10, LEASE);
        assertThat(mine).hasSize(1);
        assertThat(theirs).hasSize(1);
        assertThat(theirs.head().notice().reference()).isNotEqualTo(mine.head().notice().reference());
        assertThat(notices.lease(10, LEASE)).isEmpty();

        Instant at = Instant.parse("2026-11-30T20:00:00Z");
        var sent = new NoticeSent(mine.head().notice().reference(), "<m1@hotline.test>",
                mine.head().notice().recipient().emails(), List.empty());
        assertThat(other.sent(mine.head(), sent, at)).isFalse();
        assertThat(notices.sent(mine.head(), sent, at)).isTrue();
        assertThat(notices.sent(mine.head(), sent, at)).isFalse();
        assertThat(notices.find(mine.head().notice().reference()).get().state())
                .isEqualTo(new NoticeState.Sent(at, "<m1@hotline.test>"));
        assertThat(notices.backlog()).isEqualTo(new PostgresNotices.Backlog(1, 0));
    }

    @Test
    void a_temporary_failure_comes_back_later_and_a_permanent_one_is_failed_for_staff_to_see() {
        CaseId caseId = aCase("http://files.example.org/a/1.jpg");
        notices.queue(TestNotices.aFirstNotice(), caseId);
        Instant at = Instant.parse("2026-11-30T20:00:00Z");

        var first = notices.lease(1, LEASE).single();
        notices.retryLater(first, Duration.ZERO, new SendFailure.Temporary("421 try later"));
        assertThat(notices.backlog()).isEqualTo(new PostgresNotices.Backlog(1, 1));
        var second = notices.lease(1, LEASE).single();
        assertThat(second.attempts()).isEqualTo(2);
        var refused = new SendFailure.Permanent(List.of(EmailAddress.of("abuse@hosting.example")), "550 no such user");
        assertThat(notices.failed(second, refused, at)).isTrue();

        assertThat(notices.lease(1, LEASE)).isEmpty();
        var failed = notices.needingAttention(10).single();
        assertThat(failed.state()).isEqualTo(new NoticeState.Failed(at, refused.code(), refused.detail()));
    }

    @Test
    void a_withdrawn_case_takes_its_own_waiting_notices_out_and_leaves_the_shared_one_without_its_address() {
        CaseId first = aCase("http://files.example.org/a/1.jpg");
        CaseId second = aCase("http://files.example.org/b/2.jpg");
        NoticeReference shared = notices.queue(TestNotices.aFirstNotice(), first);
        notices.queue(notice("NTD-2", "http://files.example.org/b/2.jpg"), second);
        NoticeReference own = notices.queue(Notice.first(new NoticeReference("NTD-3"), Locale.forLanguageTag("nl"),
                TestNotices.aHostingProvider(), List.of(TestNotices.url("http://files.example.org/b/2.jpg")),
                TestNotices.LEGAL_BASIS, TestNotices.ISSUED), second);
        Instant at = Instant.parse("2026-11-30T21:00:00Z");

        var changed = notices.withdraw(second, List.of(TestNotices.url("http://files.example.org/b/2.jpg")),
                "Not illegal on appeal.", at);

        assertThat(changed).containsExactly(shared, own);
        assertThat(notices.find(own).get().state()).isEqualTo(new NoticeState.Withdrawn(at, "Not illegal on appeal."));
        var goingOn = notices.find(shared).get();
        assertThat(goingOn.state()).isEqualTo(new NoticeState.Queued());
        assertThat(goingOn.cases()).containsExactly(first);
        assertThat(goingOn.notice().addresses().map(Object::toString)).containsExactly(
                "https://files.example.org/a/1.jpg", "https://files.example.org/a/2.jpg");
        assertThat(notices.ofCase(second).map(NoticeRecord::reference)).containsExactly(own);
        assertThat(notices.lease(10, LEASE).map(pending -> pending.notice().reference())).containsExactly(shared);
        assertThat(notices.withdraw(second, List.of(TestNotices.url("http://files.example.org/b/2.jpg")), "again", at))
                .as("nothing left waiting").isEmpty();
        assertThat(notices.needingAttention(10)).as("a withdrawn notice needs nobody").isEmpty();
    }

    @Test
    void a_notice_being_sent_is_not_withdrawn() {
        CaseId caseId = aCase("http://files.example.org/a/1.jpg");
        NoticeReference reference = notices.queue(TestNotices.aFirstNotice(), caseId);
        notices.lease(1, LEASE);

        assertThat(notices.withdraw(caseId, TestNotices.aFirstNotice().addresses(), "too late",
                Instant.parse("2026-11-30T21:00:00Z"))).isEmpty();
        assertThat(notices.find(reference).get().state()).isEqualTo(new NoticeState.Queued());
    }

    @Test
    void a_notice_is_due_only_after_its_gathering_time() {
        var gathering = new PostgresNotices(database, Duration.ofHours(1));
        gathering.queue(TestNotices.aFirstNotice(), aCase("http://files.example.org/a/1.jpg"));

        assertThat(gathering.lease(10, LEASE)).isEmpty();
    }

    private CaseId aCase(String url) {
        return PostgresWorkbench.id(bench.aCase(url));
    }

    private static Notice notice(String reference, String url) {
        return Notice.first(new NoticeReference(reference), Locale.ENGLISH, TestNotices.aHostingProvider(),
                List.of(TestNotices.url(url)), TestNotices.LEGAL_BASIS, TestNotices.ISSUED);
    }
}
