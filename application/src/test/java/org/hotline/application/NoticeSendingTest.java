package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.vavr.control.Either;
import org.hotline.adapters.persistence.Database;
import org.hotline.adapters.persistence.PostgresNotices;
import org.hotline.adapters.persistence.PostgresReports;
import org.hotline.domain.notice.Notice;
import org.hotline.domain.notice.NoticeSent;
import org.hotline.domain.notice.NoticeState;
import org.hotline.domain.notice.SendFailure;
import org.hotline.domain.notice.SendNotice;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.Channel;
import org.hotline.domain.report.ReportIntake;
import org.hotline.domain.report.ReportSubmission;
import org.hotline.domain.testing.FixedClock;
import org.hotline.domain.testing.TestNotices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notice outbox's worker on the real database, sending over SMTP to an in-process mail server: a queued notice
 * arrives once, however often the worker runs, when two rounds run at once, and after a temporary failure; a
 * permanent failure leaves the notice failed for staff to see.
 */
class NoticeSendingTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetup.dynamicPort(
            new ServerSetup[] {ServerSetupTest.SMTP}));

    @TempDir
    static Path data;

    private static Database database;
    private final FixedClock clock = FixedClock.at("2026-11-30T20:00:00Z");
    private PostgresNotices notices;

    @BeforeAll
    static void start() {
        database = Database.start(TestConfigurations.embeddedIn(data).database());
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @BeforeEach
    void empty() {
        database.asOwner().useHandle(handle -> handle.execute("truncate notice_outbox, notice_case, notice"));
        notices = new PostgresNotices(database, Duration.ZERO);
    }

    @Test
    void a_queued_notice_arrives_once_however_often_the_worker_runs() {
        notices.queue(TestNotices.aFirstNotice(), aCase());
        var worker = NoticeSending.unscheduled(notices, mail(), clock, Duration.ZERO);

        assertThat(worker.round()).isEqualTo(1);
        assertThat(worker.round()).isZero();

        assertThat(MAIL.getReceivedMessages()).hasSize(1);
        var kept = notices.find(TestNotices.aFirstNotice().reference()).get();
        assertThat(kept.state()).isInstanceOf(NoticeState.Sent.class);
        assertThat(((NoticeState.Sent) kept.state()).messageId()).isEqualTo("<notice.NTD-2026-0001@hotline.example>");
    }

    @Test
    void two_rounds_at_once_send_each_notice_once() throws Exception {
        CaseId caseId = aCase();
        for (int i = 1; i <= 30; i++) {
            notices.queue(TestNotices.aFirstNotice("NTD-" + i, java.util.Locale.ENGLISH,
                    TestNotices.contact("Host " + i, org.hotline.domain.contact.ContactRole.HOSTING_PROVIDER,
                            "abuse@host" + i + ".example")), caseId);
        }
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> one = () -> NoticeSending.unscheduled(new PostgresNotices(database, Duration.ZERO), mail(),
                    clock, Duration.ZERO).round();
            int taken = threads.invokeAll(java.util.List.of(one, one)).stream().mapToInt(future -> {
                try {
                    return future.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).sum();
            assertThat(taken).isEqualTo(30);
        } finally {
            threads.shutdownNow();
        }
        assertThat(MAIL.getReceivedMessages()).hasSize(30);
        assertThat(java.util.Arrays.stream(MAIL.getReceivedMessages()).map(message -> {
            try {
                return message.getMessageID();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).distinct()).hasSize(30);
    }

    @Test
    void a_notice_whose_first_send_failed_for_now_arrives_once_when_tried_again() {
        notices.queue(TestNotices.aFirstNotice(), aCase());
        AtomicInteger calls = new AtomicInteger();
        SendNotice real = mail();
        SendNotice failingOnce = notice -> calls.incrementAndGet() == 1
                ? Either.left(new SendFailure.Temporary("421 the server is busy")) : real.send(notice);
        var worker = NoticeSending.unscheduled(notices, failingOnce, clock, Duration.ZERO);

        assertThat(worker.round()).isEqualTo(1);
        assertThat(MAIL.getReceivedMessages()).isEmpty();
        assertThat(notices.backlog()).isEqualTo(new PostgresNotices.Backlog(1, 1));
        worker.round();
        worker.round();

        assertThat(MAIL.getReceivedMessages()).hasSize(1);
        assertThat(calls.get()).isEqualTo(2);
        assertThat(notices.backlog()).isEqualTo(new PostgresNotices.Backlog(0, 0));
    }

    @Test
    void a_permanent_failure_is_kept_failed_for_staff_and_never_tried_again() {
        notices.queue(TestNotices.aFirstNotice(), aCase());
        AtomicInteger calls = new AtomicInteger();
        var refused = new SendFailure.Permanent(io.vavr.collection.List.empty(), "554 message refused");
        var worker = NoticeSending.unscheduled(notices, notice -> {
            calls.incrementAndGet();
            return Either.<SendFailure, NoticeSent>left(refused);
        }, clock, Duration.ZERO);

        worker.round();
        worker.round();

        assertThat(calls.get()).isEqualTo(1);
        assertThat(notices.needingAttention(5).single().state())
                .isEqualTo(new NoticeState.Failed(clock.instant(), "notice.message_refused", refused.detail()));
    }

    @Test
    void temporary_failures_wait_longer_each_time_and_at_most_an_hour() {
        var worker = NoticeSending.unscheduled(notices, mail(), clock, Duration.ofMinutes(1));

        assertThat(worker.backOff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(worker.backOff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(worker.backOff(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(worker.backOff(7)).isEqualTo(Duration.ofHours(1));
        assertThat(worker.backOff(NoticeSending.MOST_ATTEMPTS)).isEqualTo(NoticeSending.LONGEST_WAIT);
    }

    private static SendNotice mail() {
        return TestConfigurations.noticesTo(MAIL.getSmtp().getPort());
    }

    private CaseId aCase() {
        var intake = new ReportIntake(new PostgresReports(database), clock, UUID::randomUUID);
        return intake.submit(new ReportSubmission(Channel.WEB_FORM, java.util.List.of("https://files.example.org/a/1.jpg"),
                java.util.List.of("IMAGES"), "Seen in a forum.", null, null, null)).get().links().head().caseId();
    }
}
