package org.hotline.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.UUID;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.report.Case;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.Channel;
import org.hotline.domain.report.IntakeRules;
import org.hotline.domain.report.Report;
import org.hotline.domain.report.ReportId;
import org.hotline.domain.report.ReportedUrl;
import org.hotline.domain.report.ReporterContact;
import org.hotline.domain.staff.Role;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.staff.StaffMember;
import org.hotline.domain.staff.Username;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A write the database refuses fails with an exception that may be logged: it names the statement, never the values
 * bound to it, which are reporters' words and contact details. The values below carry a NUL, which PostgreSQL refuses
 * to store; the domain refuses them before they get here, so these writes bypass it on purpose.
 */
class ErrorsKeepValuesOutTest {

    private static final String SECRET = "Reporter Secret Smith";

    private Database database;

    @BeforeEach
    void emptyDatabase() {
        database = TestDatabase.empty();
    }

    @Test
    void a_refused_report_is_described_without_its_description_or_contact_details() {
        Report report = Report.restore(new ReportId(UUID.randomUUID()), Instant.parse("2026-05-04T10:00:00Z"),
                Channel.WEB_FORM, List.of(ReportedUrl.parse("http://example.org/values").get()), LinkedHashSet.empty(),
                Option.some("seen at " + SECRET + "\u0000"),
                Option.some(new ReporterContact(Option.some(SECRET), Option.some("secret.smith@example.org"),
                        Option.some("+32 2 999 99 99"))),
                Option.none(), Option.none());

        Throwable failure;
        String logged;
        try (var log = CapturedLog.start()) {
            var candidates = report.urls().map(url -> Case.open(new CaseId(UUID.randomUUID()), url, report));
            failure = catchThrowable(() -> new PostgresReports(database).file(report, candidates, IntakeRules.standard()));
            logged = log.text();
        }

        assertThat(failure).isNotNull();
        assertThat(logged).as("the batch that failed was logged").isNotEmpty();
        for (String told : java.util.List.of(everythingAbout(failure), logged)) {
            assertThat(told).doesNotContain("Secret").doesNotContain("secret.smith").doesNotContain("999 99 99");
        }
    }

    @Test
    void a_refused_statement_through_jdbi_names_its_sql_but_not_its_values() {
        StaffMember member = StaffMember.create(new StaffId(UUID.randomUUID()), new Username("secret"),
                SECRET + "\u0000", io.vavr.collection.TreeSet.of(Role.ANALYST), "hash", false,
                Instant.parse("2026-05-04T10:00:00Z"));

        Throwable failure = catchThrowable(() -> new PostgresStaffMembers(database).add(member));

        assertThat(failure).isNotNull();
        assertThat(everythingAbout(failure)).doesNotContain("Secret").contains("insert into staff_member");
    }

    /** Every log event of this JVM while it is open, as the log would show it, with its exceptions in full. */
    static final class CapturedLog implements AutoCloseable {
        private final ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender =
                new ch.qos.logback.core.read.ListAppender<>();
        private final ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger)
                org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

        static CapturedLog start() {
            CapturedLog log = new CapturedLog();
            log.appender.start();
            log.root.addAppender(log.appender);
            return log;
        }

        String text() {
            StringBuilder text = new StringBuilder();
            for (var event : java.util.List.copyOf(appender.list)) {
                text.append(event.getFormattedMessage()).append(' ').append(event.getKeyValuePairs()).append('\n');
                for (var thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
                    text.append(thrown.getClassName()).append(": ").append(thrown.getMessage()).append('\n');
                }
            }
            return text.toString();
        }

        @Override
        public void close() {
            root.detachAppender(appender);
        }
    }

    /** What a log line with the exception would show: every message and cause, with their stack traces. */
    private static String everythingAbout(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
